package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads data files (the bundled {@code accelerators.yaml}, {@code models.yaml}, {@code formats.yaml}
 * and a site's own {@code content/data/*.yaml}) into a {@link DataSet}, reporting every problem of
 * the input as a positioned {@link Diagnostic}. The schema is described at the top of each bundled
 * file.
 *
 * <p><b>Site files.</b> A site file uses the same schema. A record whose id is new is added (it
 * needs {@code name}, {@code source} and {@code confirmed}). A record whose id already exists
 * <em>overrides</em> that record field by field and keeps everything it does not set:
 * <ul>
 *   <li>{@code name} and the record's {@code source}/{@code confirmed}/{@code estimate}/{@code note}
 *       replace the old ones when given;</li>
 *   <li>{@code aliases} are added to the existing ones;</li>
 *   <li>{@code info} entries and {@code data} figures replace the entries with the same key or
 *       path and add the others; every figure the site file sets must get its source from the
 *       record entry in that file or from the figure itself, never from the record it overrides;</li>
 *   <li>a group's {@code headline} follows the sibling it named, so a site that replaces
 *       {@code bf16.sparse} also changes {@code bf16.headline} when that was the headline.</li>
 * </ul>
 * An override names the record by its id; naming it by an alias is an error, as is a different
 * {@code kind}. Files are applied in the order given; diagnostics from all files are collected and
 * thrown together as one {@link ReckonException}.
 *
 * <p><b>Display paths.</b> Bundled files are shown as {@code reckon:data/accelerators.yaml}; site
 * files relative to the site root passed to {@link #withSiteFiles(DataSet, Path, List)}, or as
 * given when there is no root or the file lies outside it.
 */
public final class DataSetLoader {
    private static final String RESOURCE_DIR = "/dev/reckon/data/";
    static final List<String> BUNDLED_FILES = List.of("accelerators.yaml", "models.yaml", "formats.yaml");
    static final String BUNDLED_PREFIX = "reckon:data/";

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final List<String> TOP_KEYS = List.of("kind", "records");
    static final List<String> RECORD_KEYS =
            List.of("name", "aliases", "source", "confirmed", "estimate", "note", "info", "data");
    static final List<String> LEAF_KEYS = List.of("value", "source", "confirmed", "estimate", "note");
    static final String HEADLINE = "headline";
    private static final int MAX_GROUP_DEPTH = 4;
    private static final String CONFIRMED_HINT =
            "use P (primary source), S (secondary copy), D (derived) or U (unconfirmed)";

    private static volatile DataSet bundled;

    private DataSetLoader() {
    }

    /** The data set shipped inside Reckon; loaded once, then shared (it is immutable). */
    public static DataSet bundled() {
        DataSet d = bundled;
        if (d == null) {
            synchronized (DataSetLoader.class) {
                d = bundled;
                if (d == null) {
                    d = loadBundled();
                    bundled = d;
                }
            }
        }
        return d;
    }

    private static DataSet loadBundled() {
        Builder b = new Builder(DataSet.empty(), false);
        for (String f : BUNDLED_FILES) {
            try (InputStream in = DataSetLoader.class.getResourceAsStream(RESOURCE_DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("bundled data file missing from the jar: " + f);
                }
                b.add(BUNDLED_PREFIX + f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled data file " + f, e);
            }
        }
        return b.build();
    }

    /** {@code base} plus the site's files, shown with the paths as given. */
    public static DataSet withSiteFiles(DataSet base, List<Path> files) {
        return withSiteFiles(base, null, files);
    }

    /**
     * {@code base} plus the site's files in the given order, each shown relative to {@code root}
     * (the site directory; null to show paths as given).
     *
     * @throws ReckonException with every diagnostic of every file when any file is invalid
     */
    public static DataSet withSiteFiles(DataSet base, Path root, List<Path> files) {
        Builder b = new Builder(base, true);
        for (Path f : files) {
            String display = displayPath(root, f);
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                b.diagnostics.add(Diagnostic.error("cannot read data file " + display + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                        null, null, "data files are UTF-8 text"));
                continue;
            }
            b.add(display, text);
        }
        return b.build();
    }

    /** For tests and tools: loads texts (display path → YAML) on top of {@code base}. */
    static DataSet fromTexts(DataSet base, boolean site, Map<String, String> texts) {
        Builder b = new Builder(base, site);
        texts.forEach(b::add);
        return b.build();
    }

    static String displayPath(Path root, Path file) {
        Path shown = file;
        if (root != null) {
            Path r = root.toAbsolutePath().normalize();
            Path f = file.toAbsolutePath().normalize();
            if (f.startsWith(r)) {
                shown = r.relativize(f);
            }
        }
        return shown.toString().replace(File.separatorChar, '/');
    }

    /** Text for a {@code headline} figure's note, e.g. "vendor headline: 2:4 sparse". */
    static String headlineNote(String sibling) {
        return "vendor headline: " + switch (sibling) {
            case "sparse" -> "2:4 sparse";
            default -> sibling;
        };
    }

    /** group → the sibling figure its {@code headline} copies (e.g. {@code bf16 → sparse}). */
    static Map<String, String> headlineSiblings(DataRecord r) {
        return Builder.headlineSiblings(r);
    }

    // ------------------------------------------------------------------------------------------

    /** Who claimed an id or alias, for duplicate diagnostics. */
    private record Claim(String recordId, SourceSpan at) {
    }

    /** One figure as read from a file, provenance not yet resolved against its record. */
    private record Leaf(String path, String expression, Node at, String source, Confirmation confirmed,
                        Boolean estimate, String note) {
    }

    private record Headline(String group, String sibling, Node at) {
    }

    private record Alias(String name, Node at) {
    }

    /** A record entry as read from one file. */
    private static final class Draft {
        String id;
        Node idNode;
        String name;
        final List<Alias> aliases = new ArrayList<>();
        String source;
        Confirmation confirmed;
        Boolean estimate;
        String note;
        final Map<String, String> info = new LinkedHashMap<>();
        final List<Leaf> leaves = new ArrayList<>();
        final List<Headline> headlines = new ArrayList<>();
        /** Every figure path the file wrote, including rejected ones. */
        final Set<String> attempted = new HashSet<>();
    }

    private static final class Builder {
        final Map<String, DataRecord> records = new LinkedHashMap<>();
        final Map<String, Claim> names = new LinkedHashMap<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final boolean site;
        YamlSource src;

        Builder(DataSet base, boolean site) {
            this.site = site;
            for (DataRecord r : base.records()) {
                records.put(r.id(), r);
                names.put(r.id(), new Claim(r.id(), r.span()));
            }
            for (DataRecord r : base.records()) {
                for (String a : r.aliases()) {
                    names.putIfAbsent(a, new Claim(r.id(), r.span()));
                }
            }
        }

        DataSet build() {
            if (!diagnostics.isEmpty()) {
                throw new ReckonException(diagnostics);
            }
            return new DataSet(records.values());
        }

        void error(Node at, String message, String hint) {
            diagnostics.add(src.error(at, message, hint));
        }

        // ---- reading ---------------------------------------------------------------------------

        void add(String display, String text) {
            src = new YamlSource(display, text);
            Optional<Node> composed = src.compose(text, diagnostics);
            if (composed.isEmpty()) {
                return;
            }
            Node root = composed.get();
            if (!(root instanceof MappingNode)) {
                error(root, "a data file must be a mapping with 'kind' and 'records'", null);
                return;
            }
            Map<String, NodeTuple> top = mapping((MappingNode) root);
            for (NodeTuple t : top.values()) {
                String key = keyOf(t);
                if (!TOP_KEYS.contains(key)) {
                    error(t.getKeyNode(), "unknown key '" + key + "'",
                            Suggest.hint(key, TOP_KEYS, "a data file has only 'kind' and 'records'"));
                }
            }
            NodeTuple kindTuple = top.get("kind");
            if (kindTuple == null) {
                error(root, "missing 'kind'", "start the file with 'kind: accelerator', 'kind: model' or 'kind: format'");
                return;
            }
            String kind = scalarText(kindTuple.getValueNode());
            if (kind == null || !ID.matcher(kind).matches()) {
                error(kindTuple.getValueNode(), "invalid kind", "a kind is a lowercase name such as 'accelerator', 'model' or 'format'");
                return;
            }
            NodeTuple recordsTuple = top.get("records");
            if (recordsTuple == null) {
                error(root, "missing 'records'", "list the entries under 'records:', keyed by id");
                return;
            }
            if (!(recordsTuple.getValueNode() instanceof MappingNode recs)) {
                error(recordsTuple.getValueNode(), "'records' must be a mapping from id to record", null);
                return;
            }
            for (NodeTuple t : mapping(recs).values()) {
                String id = keyOf(t);
                if (!ID.matcher(id).matches()) {
                    error(t.getKeyNode(), "invalid id '" + id + "'", idHint(id));
                    continue;
                }
                if (!(t.getValueNode() instanceof MappingNode body)) {
                    error(t.getValueNode(), "record '" + id + "' must be a mapping of fields", null);
                    continue;
                }
                Draft d = readRecord(id, t.getKeyNode(), body);
                apply(kind, d);
            }
        }

        /** The mapping's entries by key, reporting non-scalar and duplicate keys (the first wins). */
        Map<String, NodeTuple> mapping(MappingNode m) {
            Map<String, NodeTuple> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    error(t.getKeyNode(), "keys must be plain names", null);
                    continue;
                }
                if (out.containsKey(k.getValue())) {
                    SourceSpan first = src.span(out.get(k.getValue()).getKeyNode());
                    error(k, "duplicate key '" + k.getValue() + "'", "first given at " + first.location());
                    continue;
                }
                out.put(k.getValue(), t);
            }
            return out;
        }

        static String keyOf(NodeTuple t) {
            return ((ScalarNode) t.getKeyNode()).getValue();
        }

        /** A scalar's text, or null when the node is not a non-null scalar. */
        static String scalarText(Node n) {
            if (n instanceof ScalarNode s && !YamlSource.isNull(s)) {
                return s.getValue();
            }
            return null;
        }

        Draft readRecord(String id, Node idNode, MappingNode body) {
            Draft d = new Draft();
            d.id = id;
            d.idNode = idNode;
            for (NodeTuple t : mapping(body).values()) {
                String key = keyOf(t);
                Node v = t.getValueNode();
                switch (key) {
                    case "name" -> d.name = text(v, "'name'");
                    case "aliases" -> readAliases(d, v);
                    case "source" -> d.source = text(v, "'source'");
                    case "confirmed" -> d.confirmed = confirmation(v);
                    case "estimate" -> d.estimate = bool(v, "'estimate'");
                    case "note" -> d.note = text(v, "'note'");
                    case "info" -> readInfo(d, v);
                    case "data" -> {
                        if (v instanceof MappingNode m) {
                            readGroup(d, "", m, 0);
                        } else {
                            error(v, "'data' of record '" + id + "' must be a mapping of figures", null);
                        }
                    }
                    default -> error(t.getKeyNode(), "unknown key '" + key + "' in record '" + id + "'",
                            Suggest.hint(key, RECORD_KEYS, "record keys are " + String.join(", ", RECORD_KEYS)));
                }
            }
            return d;
        }

        String text(Node v, String what) {
            String s = scalarText(v);
            if (s == null || s.isBlank()) {
                error(v, what + " must be text", null);
                return null;
            }
            return s.strip();
        }

        Confirmation confirmation(Node v) {
            String s = scalarText(v);
            Optional<Confirmation> c = s == null ? Optional.empty() : Confirmation.ofCode(s.strip());
            if (c.isEmpty()) {
                error(v, "unknown confirmation code '" + (s == null ? "" : s) + "'", CONFIRMED_HINT);
                return null;
            }
            return c.get();
        }

        Boolean bool(Node v, String what) {
            String s = scalarText(v);
            if ("true".equals(s) || "false".equals(s)) {
                return Boolean.valueOf(s);
            }
            error(v, what + " must be true or false", null);
            return null;
        }

        void readAliases(Draft d, Node v) {
            if (!(v instanceof SequenceNode seq)) {
                error(v, "'aliases' must be a list of ids, e.g. [h200]", null);
                return;
            }
            for (Node a : seq.getValue()) {
                String s = scalarText(a);
                if (s == null || !ID.matcher(s).matches()) {
                    error(a, "invalid alias '" + (s == null ? "" : s) + "'", idHint(s == null ? "" : s));
                    continue;
                }
                d.aliases.add(new Alias(s, a));
            }
        }

        void readInfo(Draft d, Node v) {
            if (!(v instanceof MappingNode m)) {
                error(v, "'info' must be a mapping of descriptive text", null);
                return;
            }
            for (NodeTuple t : mapping(m).values()) {
                String s = scalarText(t.getValueNode());
                if (s == null) {
                    error(t.getValueNode(), "info '" + keyOf(t) + "' must be text", null);
                    continue;
                }
                d.info.put(keyOf(t), s.strip());
            }
        }

        void readGroup(Draft d, String prefix, MappingNode group, int depth) {
            Map<String, NodeTuple> entries = mapping(group);
            for (NodeTuple t : entries.values()) {
                String key = keyOf(t);
                if (key.equals(HEADLINE)) {
                    continue;
                }
                if (!ID.matcher(key).matches()) {
                    error(t.getKeyNode(), "invalid field name '" + key + "'",
                            "field names are lowercase letters, digits and '_', starting with a letter");
                    continue;
                }
                String path = prefix.isEmpty() ? key : prefix + "." + key;
                Node v = t.getValueNode();
                if (v instanceof ScalarNode) {
                    d.attempted.add(path);
                    readLeaf(d, path, v, null);
                } else if (v instanceof MappingNode m) {
                    Map<String, NodeTuple> inner = mapping(m);
                    if (inner.containsKey("value")) {
                        d.attempted.add(path);
                        readLeaf(d, path, inner.get("value").getValueNode(), inner);
                    } else if (inner.keySet().stream().anyMatch(k -> LEAF_KEYS.contains(k))) {
                        error(m, "figure '" + path + "' has provenance but no 'value'",
                                "write it as {value: 989.5 TFLOP/s, confirmed: D, note: \"...\"}");
                    } else if (depth + 1 >= MAX_GROUP_DEPTH) {
                        error(m, "figures nested too deeply at '" + path + "'", null);
                    } else {
                        readGroup(d, path, m, depth + 1);
                    }
                } else {
                    d.attempted.add(path);
                    error(v, "figure '" + path + "' must be a single value such as '141 GB', not a list", null);
                }
            }
            NodeTuple h = entries.get(HEADLINE);
            if (h == null) {
                return;
            }
            if (prefix.isEmpty()) {
                error(h.getKeyNode(), "'headline' belongs inside a group such as 'bf16: {dense: ..., sparse: ..., headline: sparse}'", null);
                return;
            }
            String sibling = scalarText(h.getValueNode());
            if (sibling == null) {
                error(h.getValueNode(), "headline of '" + prefix + "' must name a sibling figure such as 'dense' or 'sparse'", null);
                return;
            }
            d.headlines.add(new Headline(prefix, sibling, h.getValueNode()));
        }

        /** {@code prov} holds the figure's own keys when it was written {value: ..., source: ...}. */
        void readLeaf(Draft d, String path, Node value, Map<String, NodeTuple> prov) {
            String source = null;
            Confirmation confirmed = null;
            Boolean estimate = null;
            String note = null;
            if (prov != null) {
                for (NodeTuple t : prov.values()) {
                    String key = keyOf(t);
                    Node v = t.getValueNode();
                    switch (key) {
                        case "value" -> {
                        }
                        case "source" -> source = text(v, "'source'");
                        case "confirmed" -> confirmed = confirmation(v);
                        case "estimate" -> estimate = bool(v, "'estimate'");
                        case "note" -> note = text(v, "'note'");
                        default -> error(t.getKeyNode(), "unknown key '" + key + "' in figure '" + path + "'",
                                Suggest.hint(key, LEAF_KEYS, "a figure's keys are " + String.join(", ", LEAF_KEYS)));
                    }
                }
            }
            if (!(value instanceof ScalarNode s)) {
                error(value, "figure '" + path + "' must be a single value such as '141 GB', not a "
                        + (value instanceof SequenceNode ? "list" : "mapping"), null);
                return;
            }
            String tag = s.getTag().getValue();
            if (YamlSource.isNull(s)) {
                error(s, "figure '" + path + "' has no value", "leave out figures that are not published");
                return;
            }
            if (tag.endsWith(":bool")) {
                error(s, "figure '" + path + "' must be a number with a unit, not '" + s.getValue() + "'", null);
                return;
            }
            String expression = s.getValue().strip();
            if (Figures.parse(expression).isEmpty()) {
                error(s, "figure '" + path + "' must start with a number: '" + expression + "'",
                        "write a number and a unit such as '141 GB'; leave out figures that are not published");
                return;
            }
            d.leaves.add(new Leaf(path, expression, s, source, confirmed, estimate, note));
        }

        static String idHint(String id) {
            String lower = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            String base = "ids are lowercase letters, digits and '_', starting with a letter";
            return ID.matcher(lower).matches() && !lower.equals(id) ? base + ", e.g. '" + lower + "'" : base;
        }

        // ---- merging -------------------------------------------------------------------------

        void apply(String kind, Draft d) {
            int before = diagnostics.size();
            DataRecord existing = records.get(d.id);
            if (existing != null && !site) {
                error(d.idNode, "duplicate id '" + d.id + "'", "already defined at " + existing.span().location());
                return;
            }
            if (existing == null) {
                Claim claim = names.get(d.id);
                if (claim != null) {
                    if (site) {
                        error(d.idNode, "'" + d.id + "' is an alias of '" + claim.recordId() + "'",
                                "to change that record use its id '" + claim.recordId() + "'; for a new record choose another id");
                    } else {
                        error(d.idNode, "duplicate id '" + d.id + "'",
                                "already an alias of '" + claim.recordId() + "' (" + claim.at().location() + ")");
                    }
                    return;
                }
                if (d.name == null) {
                    error(d.idNode, "record '" + d.id + "' has no 'name'", "add e.g. 'name: NVIDIA H200 SXM'");
                }
                if (d.source == null) {
                    error(d.idNode, "record '" + d.id + "' has no 'source'",
                            "every record needs 'source' (a URL or citation) and 'confirmed' (P, S, D or U)");
                }
                if (d.confirmed == null) {
                    error(d.idNode, "record '" + d.id + "' has no 'confirmed'", CONFIRMED_HINT);
                }
            } else if (!existing.kind().equals(kind)) {
                error(d.idNode, "'" + d.id + "' is a record of kind '" + existing.kind() + "', but this file is kind '" + kind + "'",
                        "override a record from a file of its own kind");
                return;
            }
            for (Alias a : d.aliases) {
                Claim claim = names.get(a.name());
                if (claim != null && !claim.recordId().equals(d.id)) {
                    error(a.at(), "duplicate alias '" + a.name() + "'",
                            "already used by '" + claim.recordId() + "' (" + claim.at().location() + ")");
                }
            }
            Map<String, Datum> data = new LinkedHashMap<>(existing == null ? Map.of() : existing.data());
            Map<String, String> headlineSiblings = existing == null ? new LinkedHashMap<>() : headlineSiblings(existing);
            for (Leaf leaf : d.leaves) {
                String source = leaf.source() != null ? leaf.source() : d.source;
                Confirmation confirmed = leaf.confirmed() != null ? leaf.confirmed() : d.confirmed;
                if (existing != null && (source == null || confirmed == null)) {
                    error(leaf.at(), "figure '" + leaf.path() + "' has no " + (source == null ? "'source'" : "'confirmed'"),
                            "give record '" + d.id + "' a 'source' and 'confirmed' in this file, or give the figure its own");
                    continue;
                }
                if (existing != null) {
                    String conflict = conflicting(data, leaf.path());
                    if (conflict != null) {
                        error(leaf.at(), "figure '" + leaf.path() + "' conflicts with '" + conflict + "' ("
                                + data.get(conflict).span().location() + ")",
                                "a figure cannot also be a group; replace the existing paths one by one");
                        continue;
                    }
                }
                boolean estimate = leaf.estimate() != null ? leaf.estimate() : Boolean.TRUE.equals(d.estimate);
                SourceSpan span = src.span(leaf.at());
                data.put(leaf.path(), new Datum(leaf.path(), leaf.expression(),
                        new Provenance(source, confirmed, estimate, leaf.note()), span, src.line(span.line())));
            }
            for (Headline h : d.headlines) {
                if (data.containsKey(h.group() + "." + h.sibling())) {
                    headlineSiblings.put(h.group(), h.sibling());
                    continue;
                }
                List<String> leaves = data.keySet().stream()
                        .filter(p -> p.startsWith(h.group() + ".") && !p.endsWith("." + HEADLINE))
                        .map(p -> p.substring(h.group().length() + 1))
                        .filter(c -> !c.contains("."))
                        .toList();
                // a sibling this file wrote but that was rejected already has its own error
                if (!d.attempted.contains(h.group() + "." + h.sibling())) {
                    error(h.at(), "headline names '" + h.sibling() + "', but '" + h.group() + "' has no figure '" + h.sibling() + "'",
                            leaves.isEmpty() ? "a headline names a sibling figure such as 'dense' or 'sparse'"
                                    : Suggest.hint(h.sibling(), leaves, "name one of: " + String.join(", ", leaves)));
                }
            }
            Map<String, Node> headlineNodes = new LinkedHashMap<>();
            for (Headline h : d.headlines) {
                headlineNodes.put(h.group(), h.at());
            }
            headlineSiblings.forEach((group, sibling) -> {
                Datum target = data.get(group + "." + sibling);
                String path = group + "." + HEADLINE;
                if (target == null) {
                    return;
                }
                SourceSpan span;
                String line;
                if (headlineNodes.containsKey(group)) {
                    span = src.span(headlineNodes.get(group));
                    line = src.line(span.line());
                } else {
                    span = data.get(path).span();
                    line = data.get(path).sourceLine();
                }
                Provenance p = target.provenance();
                String note = headlineNote(sibling) + (p.note() == null ? "" : "; " + p.note());
                data.remove(path);
                data.put(path, new Datum(path, target.expression(),
                        new Provenance(p.source(), p.confirmed(), p.estimate(), note), span, line));
            });
            if (diagnostics.size() > before) {
                return;
            }
            checkDenseSparse(data);
            if (diagnostics.size() > before) {
                return;
            }
            Map<String, Datum> ordered = headlinesAfterTheirGroups(data);
            Set<String> aliases = new LinkedHashSet<>(existing == null ? List.of() : existing.aliases());
            d.aliases.forEach(a -> aliases.add(a.name()));
            Map<String, String> info = new LinkedHashMap<>(existing == null ? Map.of() : existing.info());
            info.putAll(d.info);
            Provenance old = existing == null ? null : existing.provenance();
            Provenance provenance = new Provenance(
                    d.source != null ? d.source : old.source(),
                    d.confirmed != null ? d.confirmed : old.confirmed(),
                    d.estimate != null ? d.estimate : old != null && old.estimate(),
                    d.note != null ? d.note : old == null ? null : old.note());
            SourceSpan span = existing == null ? src.span(d.idNode) : existing.span();
            DataRecord r = new DataRecord(d.id, kind, d.name != null ? d.name : existing.name(), List.copyOf(aliases),
                    provenance, Collections.unmodifiableMap(ordered), Collections.unmodifiableMap(info), span);
            records.put(d.id, r);
            names.putIfAbsent(d.id, new Claim(d.id, span));
            for (Alias a : d.aliases) {
                names.putIfAbsent(a.name(), new Claim(d.id, src.span(a.at())));
            }
        }

        /** The same figures, each {@code group.headline} moved right after the last figure of its group. */
        static Map<String, Datum> headlinesAfterTheirGroups(Map<String, Datum> data) {
            String suffix = "." + HEADLINE;
            List<String> paths = new ArrayList<>(data.keySet());
            paths.removeIf(p -> p.endsWith(suffix));
            for (String p : data.keySet()) {
                if (p.endsWith(suffix)) {
                    String prefix = p.substring(0, p.length() - suffix.length()) + ".";
                    int at = paths.size();
                    for (int i = paths.size() - 1; i >= 0; i--) {
                        if (paths.get(i).startsWith(prefix)) {
                            at = i + 1;
                            break;
                        }
                    }
                    paths.add(at, p);
                }
            }
            Map<String, Datum> out = new LinkedHashMap<>();
            paths.forEach(p -> out.put(p, data.get(p)));
            return out;
        }

        /** group → the sibling its headline copies, recovered from an already-built record. */
        static Map<String, String> headlineSiblings(DataRecord r) {
            Map<String, String> out = new LinkedHashMap<>();
            String suffix = "." + HEADLINE;
            for (Datum h : r.data().values()) {
                if (!h.path().endsWith(suffix)) {
                    continue;
                }
                String group = h.path().substring(0, h.path().length() - suffix.length());
                for (String child : r.childrenOf(group)) {
                    Datum c = r.data().get(group + "." + child);
                    if (!child.equals(HEADLINE) && c != null && c.expression().equals(h.expression())
                            && h.provenance().note() != null && h.provenance().note().startsWith(headlineNote(child))) {
                        out.put(group, child);
                        break;
                    }
                }
            }
            return out;
        }

        /** An existing path that {@code path} would turn into a group or hide under a group, or null. */
        static String conflicting(Map<String, Datum> data, String path) {
            for (String p : data.keySet()) {
                if (path.startsWith(p + ".") || p.startsWith(path + ".")) {
                    return p;
                }
            }
            return null;
        }

        void checkDenseSparse(Map<String, Datum> data) {
            Set<String> groups = new HashSet<>();
            for (String p : data.keySet()) {
                if (p.endsWith(".dense")) {
                    groups.add(p.substring(0, p.length() - ".dense".length()));
                }
            }
            for (String g : groups) {
                Datum dense = data.get(g + ".dense");
                Datum sparse = data.get(g + ".sparse");
                if (sparse == null) {
                    continue;
                }
                // point at the figure this file wrote when only one of the two comes from it
                Datum at = !dense.span().file().equals(src.display) && sparse.span().file().equals(src.display) ? sparse : dense;
                Figures.Figure fd = Figures.parse(dense.expression()).orElseThrow();
                Figures.Figure fs = Figures.parse(sparse.expression()).orElseThrow();
                if (!fd.baseUnit().equals(fs.baseUnit())) {
                    diagnostics.add(Diagnostic.error("'" + g + ".dense' and '" + g + ".sparse' are in different units ('"
                            + fd.unit() + "', '" + fs.unit() + "')", at.span(), at.sourceLine(), null));
                } else if (fd.scaled() > fs.scaled() * (1 + 1e-12)) {
                    diagnostics.add(Diagnostic.error("'" + g + ".dense' (" + dense.expression() + ") is larger than '"
                            + g + ".sparse' (" + sparse.expression() + ")", at.span(), at.sourceLine(),
                            "a dense peak is at most the sparse one; check which column was copied"));
                }
            }
        }
    }
}
