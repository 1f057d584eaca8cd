package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import dev.reckon.diag.ReckonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain-text listings for {@code reckon data [hardware|models|formats] [NAME]}: one line per
 * record without a name; every figure with its provenance for one record.
 */
public final class DataListing {
    private DataListing() {
    }

    private static final List<String> KIND_ORDER = List.of("accelerator", "model", "format");
    private static final Map<String, List<String>> KEY_FIGURES = Map.of(
            "accelerator", List.of("memory", "bandwidth", "bf16.dense"),
            "model", List.of("params", "tokens", "train_flops"),
            "format", List.of("bytes"));

    /**
     * @param kindOrNull {@code hardware}, {@code models}, {@code formats} (singular or plural; the
     *                   kind names themselves and a site's own kinds also work), or null for all
     * @param nameOrNull a record id or alias, or null to list the records
     * @throws ReckonException for an unknown kind or name, with a "did you mean" hint
     */
    public static String render(DataSet data, String kindOrNull, String nameOrNull) {
        String kind = kindOrNull == null ? null : resolveKind(data, kindOrNull);
        if (nameOrNull == null) {
            return list(data, kind);
        }
        DataRecord r = data.find(nameOrNull).filter(x -> kind == null || x.kind().equals(kind)).orElse(null);
        if (r == null) {
            List<String> names = new ArrayList<>();
            for (DataRecord x : data.records()) {
                if (kind == null || x.kind().equals(kind)) {
                    names.add(x.id());
                    names.addAll(x.aliases());
                }
            }
            String what = kind == null ? "data record" : kind;
            throw new ReckonException(Diagnostic.error("unknown " + what + " '" + nameOrNull + "'", null, null,
                    DidYouMean.hint(nameOrNull, names, "run 'reckon data" + (kindOrNull == null ? "" : " " + kindOrNull)
                            + "' to list the names")));
        }
        return detail(r);
    }

    private static String label(String kind) {
        return switch (kind) {
            case "accelerator" -> "hardware";
            case "model" -> "models";
            case "format" -> "formats";
            default -> kind;
        };
    }

    static String resolveKind(DataSet data, String given) {
        String k = given.toLowerCase(Locale.ROOT);
        Set<String> kinds = new LinkedHashSet<>(KIND_ORDER);
        data.records().forEach(r -> kinds.add(r.kind()));
        if (k.equals("hardware") || k.equals("accelerators")) {
            return "accelerator";
        }
        if (kinds.contains(k)) {
            return k;
        }
        if (k.endsWith("s") && kinds.contains(k.substring(0, k.length() - 1))) {
            return k.substring(0, k.length() - 1);
        }
        List<String> offered = new ArrayList<>(List.of("hardware", "models", "formats"));
        kinds.stream().filter(x -> !KIND_ORDER.contains(x)).forEach(offered::add);
        throw new ReckonException(Diagnostic.error("unknown kind of data '" + given + "'", null, null,
                DidYouMean.hint(k, offered, "choose one of: " + String.join(", ", offered))));
    }

    private static String list(DataSet data, String onlyKind) {
        Map<String, List<DataRecord>> byKind = new LinkedHashMap<>();
        KIND_ORDER.forEach(k -> byKind.put(k, new ArrayList<>()));
        for (DataRecord r : data.records()) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<DataRecord>> e : byKind.entrySet()) {
            if ((onlyKind != null && !e.getKey().equals(onlyKind)) || e.getValue().isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(label(e.getKey())).append('\n');
            List<String[]> rows = new ArrayList<>();
            for (DataRecord r : e.getValue()) {
                String names = r.id() + (r.aliases().isEmpty() ? "" : " (" + String.join(", ", r.aliases()) + ")");
                rows.add(new String[] {names, r.name(), keyFigures(r)});
            }
            int w0 = rows.stream().mapToInt(x -> x[0].length()).max().orElse(0);
            int w1 = rows.stream().mapToInt(x -> x[1].length()).max().orElse(0);
            for (String[] row : rows) {
                out.append("  ").append(pad(row[0], w0)).append("  ").append(pad(row[1], w1));
                if (!row[2].isEmpty()) {
                    out.append("  ").append(row[2]);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String keyFigures(DataRecord r) {
        List<String> paths = KEY_FIGURES.get(r.kind());
        if (paths == null) {
            paths = r.data().keySet().stream().limit(3).toList();
        }
        List<String> parts = new ArrayList<>();
        for (String p : paths) {
            Datum d = r.data().get(p);
            if (d != null) {
                parts.add(p + " " + d.expression());
            }
        }
        return String.join(" · ", parts);
    }

    private static String detail(DataRecord r) {
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(": ").append(r.name()).append(" (").append(label(r.kind())).append(")\n");
        if (!r.aliases().isEmpty()) {
            out.append("aliases: ").append(String.join(", ", r.aliases())).append('\n');
        }
        List<String> sources = new ArrayList<>();
        int recordSource = sourceNumber(sources, r.provenance().source());
        out.append("source: ").append(tag(r.provenance())).append(" [").append(recordSource).append("] (list below)\n");
        if (r.provenance().note() != null) {
            out.append("note: ").append(r.provenance().note()).append('\n');
        }
        if (!r.info().isEmpty()) {
            out.append("info:\n");
            int w = r.info().keySet().stream().mapToInt(String::length).max().orElse(0);
            r.info().forEach((k, v) -> out.append("  ").append(pad(k, w)).append("  ").append(v).append('\n'));
        }
        Set<String> headlineSiblings = new LinkedHashSet<>();
        Headlines.siblingsOf(r).forEach((g, s) -> headlineSiblings.add(g + "." + s));
        out.append("figures:\n");
        List<String[]> rows = new ArrayList<>();
        for (Datum d : r.data().values()) {
            String value = d.expression() + (headlineSiblings.contains(d.path()) ? " *" : "");
            String note = d.provenance().note() == null ? "" : d.provenance().note();
            rows.add(new String[] {d.path(), value, tag(d.provenance()), "[" + sourceNumber(sources, d.provenance().source()) + "]", note});
        }
        int w0 = rows.stream().mapToInt(x -> x[0].length()).max().orElse(0);
        int w1 = rows.stream().mapToInt(x -> x[1].length()).max().orElse(0);
        int w2 = rows.stream().mapToInt(x -> x[2].length()).max().orElse(0);
        int w3 = rows.stream().mapToInt(x -> x[3].length()).max().orElse(0);
        for (String[] row : rows) {
            String line = "  " + pad(row[0], w0) + "  " + pad(row[1], w1) + "  " + pad(row[2], w2) + "  " + pad(row[3], w3)
                    + "  " + row[4];
            out.append(line.stripTrailing()).append('\n');
        }
        if (!headlineSiblings.isEmpty()) {
            out.append("  * the figure the vendor quotes as its headline\n");
        }
        out.append("sources:\n");
        for (int i = 0; i < sources.size(); i++) {
            out.append("  [").append(i + 1).append("] ").append(sources.get(i)).append('\n');
        }
        out.append("confirmation: P primary, S secondary copy, D derived, U unconfirmed\n");
        return out.toString();
    }

    private static String tag(Provenance p) {
        return "[" + p.confirmed().code() + (p.estimate() ? ", estimate" : "") + "]";
    }

    private static int sourceNumber(List<String> sources, String source) {
        int i = sources.indexOf(source);
        if (i < 0) {
            sources.add(source);
            i = sources.size() - 1;
        }
        return i + 1;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
