package dev.reckon.markdown.page;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers of a page's labelled equations, figures and tables, kept on its Document: the
 * cross-reference extension fills it before the body renders, and every renderer of a numbered
 * block (and of a reference to one) reads it.
 */
public final class Numbers {
    private static final NullableDataKey<Numbers> KEY = new NullableDataKey<>("RECKON_NUMBERS");

    /** A numbered block: its id ({@code eq-ridge}), kind and number within its kind, from 1. */
    public record Number(String id, Labelled.Kind kind, int number) {
        /** "Equation 2". */
        public String text() {
            return kind.word() + " " + number;
        }
    }

    private final Map<Node, Number> byNode = new IdentityHashMap<>();
    private final Map<String, Number> byId = new LinkedHashMap<>();

    /** The page's numbers; an empty set when the cross-reference extension did not run. */
    public static Numbers of(Document document) {
        Numbers numbers = KEY.get(document);
        return numbers == null ? new Numbers() : numbers;
    }

    public static Numbers install(Document document) {
        Numbers numbers = new Numbers();
        document.set(KEY, numbers);
        return numbers;
    }

    public void add(Node node, Number number) {
        byNode.put(node, number);
        byId.put(number.id(), number);
    }

    public Optional<Number> of(Node node) {
        return Optional.ofNullable(byNode.get(node));
    }

    public Optional<Number> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
