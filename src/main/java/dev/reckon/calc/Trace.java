package dev.reckon.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a computed value came from: the data figures it read (through the document's names and
 * functions too), the document's definitions it used, and the library formulas it called with their
 * sources, each in order of first use. Recorded by {@link Session#traced} as the engine evaluates,
 * from the same data-set lookups the page cache fingerprints.
 *
 * @param definitions {@code weights = params * fp32.bytes}, as written in the calc block
 */
public record Trace(List<FigureUse> figures, List<String> definitions, List<Citation> citations) {
    public static final Trace NONE = new Trace(List.of(), List.of(), List.of());

    public Trace {
        figures = List.copyOf(figures);
        definitions = List.copyOf(definitions);
        citations = List.copyOf(citations);
    }

    /** Everything {@code traces} were made from, in order. */
    public static Trace union(List<Trace> traces) {
        Builder all = new Builder();
        traces.forEach(all::add);
        return all.build();
    }

    public boolean isEmpty() {
        return figures.isEmpty() && definitions.isEmpty() && citations.isEmpty();
    }

    /** Collects one evaluation's trace; what a nested evaluation collected is added to its parent's. */
    static final class Builder {
        private final Map<String, FigureUse> figures = new LinkedHashMap<>();
        private final Set<String> definitions = new LinkedHashSet<>();
        private final Set<Citation> citations = new LinkedHashSet<>();

        void figure(FigureUse use) {
            figures.putIfAbsent(use.name(), use);
        }

        void citations(List<Citation> sources) {
            citations.addAll(sources);
        }

        /** A name's definition and everything its value was computed from. */
        void definition(String text, Trace made) {
            add(made);
            definitions.add(text);
        }

        void add(Trace t) {
            t.figures.forEach(this::figure);
            definitions.addAll(t.definitions);
            citations.addAll(t.citations);
        }

        Trace build() {
            return new Trace(new ArrayList<>(figures.values()), new ArrayList<>(definitions), new ArrayList<>(citations));
        }
    }
}
