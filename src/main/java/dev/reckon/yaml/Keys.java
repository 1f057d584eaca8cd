package dev.reckon.yaml;

import dev.reckon.diag.Diagnostic;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Every mapping of a composed document has plain, distinct keys. snakeyaml-engine checks duplicate
 * keys only when it constructs Java objects, which Reckon never asks it to, so without this a
 * repeated {@code title:} would silently replace the first.
 */
final class Keys {
    private Keys() {
    }

    static void check(Node root, YamlSource src, List<Diagnostic> out) {
        walk(root, src, out, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Depth-first in document order; an aliased node is checked once (and a recursive alias ends there). */
    private static void walk(Node node, YamlSource src, List<Diagnostic> out, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, src, out, seen);
            }
        } else if (node instanceof MappingNode mapping) {
            Map<String, Node> first = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    out.add(src.error(tuple.getKeyNode(), "keys must be plain words, not lists or mappings",
                            "write 'word: value'"));
                } else if (first.putIfAbsent(key.getValue(), key) != null) {
                    out.add(src.error(key, "duplicate key '" + key.getValue() + "'",
                            "first given at " + src.span(first.get(key.getValue())).location()));
                }
                walk(tuple.getValueNode(), src, out, seen);
            }
        }
    }
}
