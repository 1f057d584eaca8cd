package dev.reckon.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One record for {@code reckon data NAME}: every figure with its value (a range as a range), unit,
 * confirmation, numbered source, the date it was true where it has one, and its note.
 */
final class RecordDetail {
    private RecordDetail() {
    }

    static String render(DataRecord r) {
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(": ").append(r.name()).append(" (").append(DataListing.label(r.kind())).append(")\n");
        if (!r.aliases().isEmpty()) {
            out.append("aliases: ").append(String.join(", ", r.aliases())).append('\n');
        }
        List<String> sources = new ArrayList<>();
        int recordSource = sourceNumber(sources, r.provenance().source());
        out.append("source: ").append(tag(r.provenance())).append(" [").append(recordSource).append("] (list below)")
                .append(r.provenance().asOf() == null ? "" : ", as of " + r.provenance().asOf()).append('\n');
        if (r.provenance().note() != null) {
            out.append("note: ").append(r.provenance().note()).append('\n');
        }
        if (!r.info().isEmpty()) {
            out.append("info:\n");
            List<String[]> rows = new ArrayList<>();
            r.info().forEach((k, v) -> rows.add(new String[] {k, v}));
            out.append(TextTable.render(rows, "  "));
        }
        Set<String> headlineSiblings = new LinkedHashSet<>();
        Headlines.siblingsOf(r).forEach((g, s) -> headlineSiblings.add(g + "." + s));
        out.append("figures:\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"figure", "value", "unit", "confirmed", "source", "as of", "note"});
        for (Datum d : r.data().values()) {
            Figures.Figure f = Figures.parse(d.expression()).orElse(null);
            String value = f == null ? d.expression() : f.text();
            String unit = (f == null ? "" : f.unit()) + (headlineSiblings.contains(d.path()) ? " *" : "");
            Provenance p = d.provenance();
            rows.add(new String[] {d.path(), value, unit, tag(p), "[" + sourceNumber(sources, p.source()) + "]",
                    p.asOf() == null ? "" : p.asOf().text(), p.note() == null ? "" : p.note()});
        }
        out.append(TextTable.render(rows, "  "));
        if (!headlineSiblings.isEmpty()) {
            out.append("  * the figure the vendor quotes as its headline\n");
        }
        out.append("sources:\n");
        for (int i = 0; i < sources.size(); i++) {
            out.append("  [").append(i + 1).append("] ").append(sources.get(i)).append('\n');
        }
        out.append("confirmed: P primary, S secondary copy, D derived, U unconfirmed; a range low..high is shown as written\n");
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
}
