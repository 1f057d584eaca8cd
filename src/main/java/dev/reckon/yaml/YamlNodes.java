package dev.reckon.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reading a node tree that {@link YamlSource#compose} returned. */
public final class YamlNodes {
    private YamlNodes() {
    }

    /**
     * A mapping's entries by key, in file order. Keys that are not plain words and repeated keys
     * were reported when the document was composed; here they are skipped (the first of a key wins).
     */
    public static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                out.putIfAbsent(key.getValue(), tuple);
            }
        }
        return out;
    }

    /** The key of an entry from {@link #entries}. */
    public static String key(NodeTuple tuple) {
        return ((ScalarNode) tuple.getKeyNode()).getValue();
    }

    /** An empty value, {@code ~} or {@code null}. */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
