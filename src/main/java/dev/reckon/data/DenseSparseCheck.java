package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catches the commonest copying slip in vendor spec tables: a group's {@code dense} figure larger
 * than its {@code sparse} one, or the two in different units. Runs on a record's merged figures,
 * so a site override is checked against the bundled sibling it did not replace.
 */
final class DenseSparseCheck {
    private DenseSparseCheck() {
    }

    /** Adds a diagnostic per bad group; {@code display} is the file being merged. */
    static void check(Map<String, Datum> data, String display, List<Diagnostic> diagnostics) {
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
            Datum at = !dense.span().file().equals(display) && sparse.span().file().equals(display) ? sparse : dense;
            Figures.Figure fd = Figures.parse(dense.expression()).orElseThrow();
            Figures.Figure fs = Figures.parse(sparse.expression()).orElseThrow();
            if (!fd.baseUnit().equals(fs.baseUnit())) {
                diagnostics.add(Diagnostic.error("'" + g + ".dense' and '" + g + ".sparse' are in different units ('"
                        + fd.unit() + "', '" + fs.unit() + "')", at.span(), at.sourceLine(), null));
            } else if (fd.scaled() > fs.scaledHigh() * (1 + 1e-12)) {
                // for ranges: only when the whole dense range lies above the sparse one
                diagnostics.add(Diagnostic.error("'" + g + ".dense' (" + dense.expression() + ") is larger than '"
                        + g + ".sparse' (" + sparse.expression() + ")", at.span(), at.sourceLine(),
                        "a dense peak is at most the sparse one; check which column was copied"));
            }
        }
    }
}
