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

    private static final List<String> KIND_ORDER = List.of("accelerator", "model", "format", "datacenter");
    private static final Map<String, List<String>> KEY_FIGURES = Map.of(
            "accelerator", List.of("memory", "bandwidth", "bf16.dense"),
            "model", List.of("params", "tokens", "train_flops"),
            "format", List.of("bytes"),
            "datacenter", List.of("pue"));

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
        return RecordDetail.render(r);
    }

    /**
     * The known fields (for {@code reckon data fields [KIND]}): per kind, each field's pattern,
     * what it measures, a unit, and what it means.
     */
    public static String fields(DataSet data, String kindOrNull) {
        String only = kindOrNull == null ? null : resolveKind(data, kindOrNull);
        StringBuilder out = new StringBuilder();
        for (String kind : KnownFields.kinds()) {
            if (only != null && !only.equals(kind)) {
                continue;
            }
            out.append(out.isEmpty() ? "" : "\n").append(label(kind)).append(" (kind: ").append(kind).append(")\n");
            List<String[]> rows = new ArrayList<>();
            for (KnownFields.Field f : KnownFields.of(kind)) {
                String measures = String.join(" or ", f.measures().stream().map(KnownFields.Measure::label).toList());
                String unit = switch (f.measure()) {
                    case COUNT -> "no unit";
                    case RATIO -> "none or %";
                    default -> f.measure().unit();
                };
                rows.add(new String[] {f.pattern(), measures, unit, f.meaning()});
            }
            out.append(TextTable.render(rows, "  "));
        }
        if (only != null && out.isEmpty()) {
            out.append(label(only)).append(": no known fields (every figure is the site's own)\n");
        }
        out.append("\n").append(CONVENTIONS);
        return out.toString();
    }

    /** How the data set writes memory and bandwidth; printed under every listing that shows hardware. */
    static final String CONVENTIONS = """
            Units: memory is the capacity the vendor quotes, in the unit the vendor prints (GB = 10^9 B,
            GiB = 2^30 B): 80 GB for the H100, 192 GB for the MI300X, 32 GiB where a vendor prints GiB.
            memory_physical is the physical (binary) capacity where known: the H100's 80 GB is 80 GiB of HBM.
            Bandwidth is in byte/s (TB/s = 10^12 B/s); a vendor figure in bit/s is converted and the
            original kept in the note (400 Gb/s = 50 GB/s). Interconnect figures say one direction
            (unidir) or both summed (bidir). Tensor throughput is split dense/sparse; headline is
            whichever the vendor quotes.
            """;

    static String label(String kind) {
        return switch (kind) {
            case "accelerator" -> "hardware";
            case "model" -> "models";
            case "format" -> "formats";
            case "datacenter" -> "datacenters";
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
        List<String> offered = new ArrayList<>(List.of("hardware", "models", "formats", "datacenters"));
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
            out.append(TextTable.render(rows, "  "));
        }
        if (out.isEmpty()) {
            out.append(label(onlyKind)).append(": no records\n");
        }
        if (onlyKind == null || onlyKind.equals("accelerator")) {
            out.append('\n').append(CONVENTIONS);
        }
        out.append("\nreckon data NAME shows one record's figures, sources and dates; reckon data fields says what each field means.\n");
        return out.toString();
    }

    private static String keyFigures(DataRecord r) {
        List<String> paths = KEY_FIGURES.get(r.kind());
        if (paths == null) {
            paths = r.data().keySet().stream().limit(3).toList();
        }
        List<String> parts = new ArrayList<>();
        for (String p : paths) {
            // a TPU's bf16 is one (dense) figure where an NVIDIA part has bf16.dense
            String path = r.data().containsKey(p) || !p.endsWith(".dense") ? p : p.substring(0, p.length() - ".dense".length());
            Datum d = r.data().get(path);
            if (d != null) {
                parts.add(path + " " + d.expression());
            }
        }
        return String.join(" · ", parts);
    }
}
