package dev.reckon.data;

import dev.reckon.data.EpochImport.Entry;
import dev.reckon.data.EpochImport.Figure;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes imported records as a data file in the loader's schema. Every string is double-quoted
 * (YAML escapes), so no cell text can change the file's structure. New records carry the source at
 * record level; additions to an existing record carry it on each figure, so the record keeps its own.
 */
final class ImportYaml {
    private ImportYaml() {
    }

    static String write(EpochDataset set, LocalDate retrieved, String csv, List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        out.append(EpochImport.HEADER).append(csv).append(" --kind ")
                .append(set == EpochDataset.HARDWARE ? "hardware" : "models").append("' on ").append(retrieved).append(".\n");
        out.append("# Source: Epoch AI, \"").append(set.title).append("\", ").append(set.url)
                .append(" (CC BY 4.0: credit Epoch AI when you publish these figures).\n");
        out.append("# Records Reckon already had only gain the figures and info they lacked; importing again rewrites this file.\n");
        out.append("kind: ").append(set.kind).append('\n');
        out.append(entries.isEmpty() ? "records: {}  # nothing the data set lacked\n" : "records:\n");
        for (Entry e : entries) {
            out.append("  ").append(e.id).append(":\n");
            if (!e.matched) {
                out.append("    name: ").append(quote(e.csvName)).append('\n');
                out.append("    source: ").append(quote(e.source)).append('\n');
                out.append("    confirmed: S\n");
                if (e.cite != null) {
                    out.append("    note: ").append(quote("Epoch AI cites " + e.cite)).append('\n');
                }
            }
            if (!e.info.isEmpty()) {
                out.append("    info:\n");
                e.info.forEach((k, v) -> out.append("      ").append(k).append(": ").append(quote(v)).append('\n'));
            }
            if (!e.figures.isEmpty()) {
                out.append("    data:\n");
                writeTree(out, tree(e.figures), 3, e);
            }
        }
        return out.toString();
    }

    /** Dotted paths as nested maps, in first-seen order; leaves are the figures. */
    private static Map<String, Object> tree(List<Figure> figures) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Figure f : figures) {
            String[] parts = f.path().split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                node = child;
            }
            node.put(parts[parts.length - 1], f);
        }
        return root;
    }

    private static void writeTree(StringBuilder out, Map<String, Object> node, int depth, Entry e) {
        String indent = "  ".repeat(depth);
        node.forEach((key, value) -> {
            if (value instanceof Figure f) {
                out.append(indent).append(key).append(": ").append(leaf(f, e)).append('\n');
            } else {
                out.append(indent).append(key).append(":\n");
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) value;
                writeTree(out, child, depth + 1, e);
            }
        });
    }

    private static String leaf(Figure f, Entry e) {
        StringBuilder s = new StringBuilder("{value: ").append(quote(f.expression()));
        String source = f.source() != null ? f.source() : e.matched ? e.source : null;
        if (source != null) {
            s.append(", source: ").append(quote(source)).append(", confirmed: S");
        }
        if (f.estimate()) {
            s.append(", estimate: true");
        }
        if (f.asOf() != null) {
            s.append(", as_of: ").append(f.asOf().text());
        }
        return s.append(", note: ").append(quote(f.note())).append('}').toString();
    }

    /** A YAML double-quoted scalar; characters YAML may not carry raw are escaped (a lone surrogate becomes U+FFFD). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                        out.append("\\uFFFD");
                    } else if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format("\\x%02X", c));
                    } else {
                        out.append(String.format("\\u%04X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** YAML 1.2's printable set, less the line breaks handled above. */
    private static boolean printable(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
