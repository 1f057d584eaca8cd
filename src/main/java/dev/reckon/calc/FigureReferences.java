package dev.reckon.calc;

import dev.reckon.data.DataRecord;
import dev.reckon.data.Datum;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a record's figure expressions look up in the data set (the head of {@code h100_sxm.bf16.dense},
 * or a bare name such as a unit, which the data set is asked about first), found there or not.
 */
final class FigureReferences {
    private FigureReferences() {
    }

    static Set<String> of(DataRecord record) {
        Set<String> names = new TreeSet<>();
        for (Datum d : record.data().values()) {
            if (d.expression() == null) {
                continue;
            }
            try {
                Parser.expression(new Source(d.expression(), Origin.inline(d.expression()))).nodes()
                        .forEach(node -> {
                            if (node instanceof Expr.Name n) {
                                names.add(Expr.head(n));
                            }
                        });
            } catch (CalcException e) {
                // A figure that does not parse fails every page that reads it; such pages are never reused.
            }
        }
        return names;
    }
}
