package dev.reckon.data;

import dev.reckon.yaml.YamlSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A record entry as read from one file, before it meets the data set: fields it did not set stay
 * null, so {@link RecordMerger} can tell "keep the overridden value" from "replace it". Nodes are
 * kept (not spans) so the merger can position its diagnostics in {@link #src}.
 */
final class Draft {
    /** One figure as read, provenance not yet resolved against its record; {@code at} is its value, {@code keyAt} its name. */
    record Leaf(String path, String expression, Node at, Node keyAt, String source, Confirmation confirmed,
                Boolean estimate, String note, FigureDate asOf) {
    }

    /** {@code group.headline: sibling} as written. */
    record Headline(String group, String sibling, Node at) {
    }

    record Alias(String name, Node at) {
    }

    final YamlSource src;
    final String kind;
    final String id;
    final Node idNode;
    String name;
    final List<Alias> aliases = new ArrayList<>();
    String source;
    Confirmation confirmed;
    Boolean estimate;
    String note;
    FigureDate asOf;
    final Map<String, String> info = new LinkedHashMap<>();
    final List<Leaf> leaves = new ArrayList<>();
    final List<Headline> headlines = new ArrayList<>();
    /** Every figure path the file wrote, including rejected ones. */
    final Set<String> attempted = new HashSet<>();

    Draft(YamlSource src, String kind, String id, Node idNode) {
        this.src = src;
        this.kind = kind;
        this.id = id;
        this.idNode = idNode;
    }
}
