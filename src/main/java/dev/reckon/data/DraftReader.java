package dev.reckon.data;

import static dev.reckon.data.DataSchema.ID;
import static dev.reckon.data.DataSchema.RECORD_KEYS;
import static dev.reckon.data.DataSchema.TOP_KEYS;
import static dev.reckon.data.YamlFields.scalarText;
import static dev.reckon.yaml.YamlNodes.entries;
import static dev.reckon.yaml.YamlNodes.key;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import dev.reckon.yaml.YamlNodes;
import dev.reckon.yaml.YamlSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns one data file's node tree into {@link Draft}s, reporting schema problems as it goes. Each
 * draft is handed on as soon as it is read, so a file's diagnostics stay in file order with the
 * merger's interleaved record by record.
 */
final class DraftReader {
    private final List<Diagnostic> diagnostics;
    private final Consumer<Draft> sink;

    DraftReader(List<Diagnostic> diagnostics, Consumer<Draft> sink) {
        this.diagnostics = diagnostics;
        this.sink = sink;
    }

    void read(String display, String text) {
        YamlSource src = YamlSource.of(display, text);
        Optional<Node> composed = src.compose(diagnostics);
        if (composed.isEmpty()) {
            return;
        }
        Node root = composed.get();
        if (YamlNodes.isNull(root)) {
            diagnostics.add(src.lines().error("empty data file", src.start(),
                    "a data file starts with 'kind:' and has its entries under 'records:'"));
            return;
        }
        YamlFields f = new YamlFields(src, diagnostics);
        if (!(root instanceof MappingNode)) {
            f.error(root, "a data file must be a mapping with 'kind' and 'records'", null);
            return;
        }
        Map<String, NodeTuple> top = entries((MappingNode) root);
        for (NodeTuple t : top.values()) {
            String key = key(t);
            if (!TOP_KEYS.contains(key)) {
                f.error(t.getKeyNode(), "unknown key '" + key + "'",
                        DidYouMean.hint(key, TOP_KEYS, "a data file has only 'kind' and 'records'"));
            }
        }
        String kind = kind(f, root, top);
        if (kind == null) {
            return;
        }
        NodeTuple recordsTuple = top.get("records");
        if (recordsTuple == null) {
            f.error(root, "missing 'records'", "list the entries under 'records:', keyed by id");
            return;
        }
        if (!(recordsTuple.getValueNode() instanceof MappingNode recs)) {
            f.error(recordsTuple.getValueNode(), "'records' must be a mapping from id to record", null);
            return;
        }
        readRecords(f, kind, recs);
    }

    /** The file's kind, or null after reporting why there is none. */
    private static String kind(YamlFields f, Node root, Map<String, NodeTuple> top) {
        NodeTuple kindTuple = top.get("kind");
        if (kindTuple == null) {
            f.error(root, "missing 'kind'", "start the file with 'kind: accelerator', 'kind: model' or 'kind: format'");
            return null;
        }
        String kind = scalarText(kindTuple.getValueNode());
        if (kind == null || !ID.matcher(kind).matches()) {
            f.error(kindTuple.getValueNode(), "invalid kind", "a kind is a lowercase name such as 'accelerator', 'model' or 'format'");
            return null;
        }
        return kind;
    }

    private void readRecords(YamlFields f, String kind, MappingNode recs) {
        for (NodeTuple t : entries(recs).values()) {
            String id = key(t);
            if (!ID.matcher(id).matches()) {
                f.error(t.getKeyNode(), "invalid id '" + id + "'", DataSchema.idHint(id));
                continue;
            }
            if (!(t.getValueNode() instanceof MappingNode body)) {
                f.error(t.getValueNode(), "record '" + id + "' must be a mapping of fields", null);
                continue;
            }
            Draft d = new Draft(f.src, kind, id, t.getKeyNode());
            readFields(f, d, body);
            sink.accept(d);
        }
    }

    private static void readFields(YamlFields f, Draft d, MappingNode body) {
        for (NodeTuple t : entries(body).values()) {
            String key = key(t);
            Node v = t.getValueNode();
            switch (key) {
                case "name" -> d.name = f.text(v, "'name'");
                case "aliases" -> readAliases(f, d, v);
                case "source" -> d.source = f.text(v, "'source'");
                case "confirmed" -> d.confirmed = f.confirmation(v);
                case "estimate" -> d.estimate = f.bool(v, "'estimate'");
                case "note" -> d.note = f.text(v, "'note'");
                case "as_of" -> d.asOf = f.date(v);
                case "info" -> readInfo(f, d, v);
                case "data" -> {
                    if (v instanceof MappingNode m) {
                        new FigureReader(f, d).readGroup("", m, 0);
                    } else {
                        f.error(v, "'data' of record '" + d.id + "' must be a mapping of figures", null);
                    }
                }
                default -> f.error(t.getKeyNode(), "unknown key '" + key + "' in record '" + d.id + "'",
                        DidYouMean.hint(key, RECORD_KEYS, "record keys are " + String.join(", ", RECORD_KEYS)));
            }
        }
    }

    private static void readAliases(YamlFields f, Draft d, Node v) {
        if (!(v instanceof SequenceNode seq)) {
            f.error(v, "'aliases' must be a list of ids, e.g. [h200]", null);
            return;
        }
        for (Node a : seq.getValue()) {
            String s = scalarText(a);
            if (s == null || !ID.matcher(s).matches()) {
                f.error(a, "invalid alias '" + (s == null ? "" : s) + "'", DataSchema.idHint(s == null ? "" : s));
                continue;
            }
            d.aliases.add(new Draft.Alias(s, a));
        }
    }

    private static void readInfo(YamlFields f, Draft d, Node v) {
        if (!(v instanceof MappingNode m)) {
            f.error(v, "'info' must be a mapping of descriptive text", null);
            return;
        }
        for (NodeTuple t : entries(m).values()) {
            String s = scalarText(t.getValueNode());
            if (s == null) {
                f.error(t.getValueNode(), "info '" + key(t) + "' must be text", null);
                continue;
            }
            d.info.put(key(t), s.strip());
        }
    }
}
