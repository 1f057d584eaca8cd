package dev.reckon.data;

import static dev.reckon.data.DataSchema.HEADLINE;
import static dev.reckon.data.DataSchema.ID;
import static dev.reckon.data.DataSchema.LEAF_KEYS;
import static dev.reckon.data.YamlFields.scalarText;
import static dev.reckon.yaml.YamlNodes.entries;
import static dev.reckon.yaml.YamlNodes.key;

import dev.reckon.diag.DidYouMean;
import dev.reckon.yaml.YamlNodes;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a record's {@code data} tree into the draft's leaves and headlines. A mapping is a figure
 * when it has {@code value}, a group otherwise; figures are checked only far enough to know they
 * start with a number, the engine does the rest.
 */
final class FigureReader {
    private static final int MAX_GROUP_DEPTH = 4;

    private final YamlFields f;
    private final Draft d;

    FigureReader(YamlFields f, Draft d) {
        this.f = f;
        this.d = d;
    }

    void readGroup(String prefix, MappingNode group, int depth) {
        Map<String, NodeTuple> entries = entries(group);
        for (NodeTuple t : entries.values()) {
            String key = key(t);
            if (key.equals(HEADLINE)) {
                continue;
            }
            if (!ID.matcher(key).matches()) {
                f.error(t.getKeyNode(), "invalid field name '" + key + "'",
                        "field names are lowercase letters, digits and '_', starting with a letter");
                continue;
            }
            readEntry(prefix.isEmpty() ? key : prefix + "." + key, t.getKeyNode(), t.getValueNode(), depth);
        }
        // read after the siblings, whatever the file order, so the headline can be checked against them later
        NodeTuple h = entries.get(HEADLINE);
        if (h != null) {
            readHeadline(prefix, h);
        }
    }

    private void readEntry(String path, Node key, Node v, int depth) {
        if (v instanceof ScalarNode) {
            d.attempted.add(path);
            readLeaf(path, key, v, null);
        } else if (v instanceof MappingNode m) {
            Map<String, NodeTuple> inner = entries(m);
            if (inner.containsKey("value")) {
                d.attempted.add(path);
                readLeaf(path, key, inner.get("value").getValueNode(), inner);
            } else if (inner.keySet().stream().anyMatch(k -> LEAF_KEYS.contains(k))) {
                f.error(m, "figure '" + path + "' has provenance but no 'value'",
                        "write it as {value: 989.5 TFLOP/s, confirmed: D, note: \"...\"}");
            } else if (depth + 1 >= MAX_GROUP_DEPTH) {
                f.error(m, "figures nested too deeply at '" + path + "'", null);
            } else {
                readGroup(path, m, depth + 1);
            }
        } else {
            d.attempted.add(path);
            f.error(v, "figure '" + path + "' must be a single value such as '141 GB', not a list", null);
        }
    }

    private void readHeadline(String prefix, NodeTuple h) {
        if (prefix.isEmpty()) {
            f.error(h.getKeyNode(), "'headline' belongs inside a group such as 'bf16: {dense: ..., sparse: ..., headline: sparse}'", null);
            return;
        }
        String sibling = scalarText(h.getValueNode());
        if (sibling == null) {
            f.error(h.getValueNode(), "headline of '" + prefix + "' must name a sibling figure such as 'dense' or 'sparse'", null);
            return;
        }
        d.headlines.add(new Draft.Headline(prefix, sibling, h.getValueNode()));
    }

    /** {@code prov} holds the figure's own keys when it was written {value: ..., source: ...}. */
    private void readLeaf(String path, Node name, Node value, Map<String, NodeTuple> prov) {
        String source = null;
        Confirmation confirmed = null;
        Boolean estimate = null;
        String note = null;
        FigureDate asOf = null;
        if (prov != null) {
            for (NodeTuple t : prov.values()) {
                String key = key(t);
                Node v = t.getValueNode();
                switch (key) {
                    case "value" -> {
                    }
                    case "source" -> source = f.text(v, "'source'");
                    case "confirmed" -> confirmed = f.confirmation(v);
                    case "estimate" -> estimate = f.bool(v, "'estimate'");
                    case "note" -> note = f.text(v, "'note'");
                    case "as_of" -> asOf = f.date(v);
                    default -> f.error(t.getKeyNode(), "unknown key '" + key + "' in figure '" + path + "'",
                            DidYouMean.hint(key, LEAF_KEYS, "a figure's keys are " + String.join(", ", LEAF_KEYS)));
                }
            }
        }
        String expression = expression(path, value);
        if (expression != null) {
            d.leaves.add(new Draft.Leaf(path, expression, value, name, source, confirmed, estimate, note, asOf));
        }
    }

    /** The figure's text when it is a scalar starting with a number; otherwise null, reported. */
    private String expression(String path, Node value) {
        if (!(value instanceof ScalarNode s)) {
            f.error(value, "figure '" + path + "' must be a single value such as '141 GB', not a "
                    + (value instanceof SequenceNode ? "list" : "mapping"), null);
            return null;
        }
        if (YamlNodes.isNull(s)) {
            f.error(s, "figure '" + path + "' has no value", "leave out figures that are not published");
            return null;
        }
        if (s.getTag().getValue().endsWith(":bool")) {
            f.error(s, "figure '" + path + "' must be a number with a unit, not '" + s.getValue() + "'", null);
            return null;
        }
        String expression = s.getValue().strip();
        if (Figures.parse(expression).isEmpty()) {
            f.error(s, "figure '" + path + "' must start with a number: '" + expression + "'",
                    "write a number and a unit such as '141 GB'; leave out figures that are not published");
            return null;
        }
        return expression;
    }
}
