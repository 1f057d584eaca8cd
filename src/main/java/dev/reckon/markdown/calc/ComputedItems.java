package dev.reckon.markdown.calc;

import dev.reckon.calc.ListingLine;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import dev.reckon.calc.Table;
import dev.reckon.calc.Trace;
import dev.reckon.markdown.page.PageFigures;
import java.util.ArrayList;
import java.util.List;

/** Each kind of directive as entries of the page's sources and the numbers it publishes. */
final class ComputedItems {
    private ComputedItems() {
    }

    static FigureSources.Entry value(FigureSources sources, String spec, Origin at, String value, Trace trace) {
        return sources.add("value", spec, value, trace, List.of(FigureSources.published(at, "value", spec, value, trace)));
    }

    /** A derived equation publishes its result as the prose would print it. */
    static FigureSources.Entry equation(FigureSources sources, String spec, Origin at, Session session, Trace trace) {
        String value = session.value(spec, at).text();
        return sources.add("equation", spec, value, trace, List.of(FigureSources.published(at, "equation", spec, value, trace)));
    }

    /** Every cell of a numeric column is a published number, at its column's line, named by its row. */
    static FigureSources.Entry table(FigureSources sources, String body, Table table, Trace trace) {
        List<PageFigures.Published> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.headers().size(); c++) {
                if (table.numericColumns().get(c)) {
                    Table.Column column = table.columns().get(c);
                    cells.add(FigureSources.published(column.at(), "table", cellExpression(table, r, c),
                            table.rows().get(r).get(c).text(), table.traces().get(r).get(c)));
                }
            }
        }
        return sources.add("table", oneLine(body), null, trace, cells);
    }

    /** {@code Memory: row.memory -> GB (row h200_sxm)}. */
    static String cellExpression(Table table, int row, int column) {
        return table.columns().get(column).spec() + " (row " + table.rowIds().get(row) + ")";
    }

    /** A shown calc block publishes each definition's value. */
    static FigureSources.Entry listing(FigureSources sources, String body, List<ListingLine> lines) {
        List<PageFigures.Published> values = new ArrayList<>();
        for (ListingLine line : lines) {
            if (line.text() != null && !line.source().startsWith("assert")) {
                values.add(FigureSources.published(line.at(), "listing", line.source(), line.text(), line.trace()));
            }
        }
        return sources.add("listing", oneLine(body), null, Trace.union(lines.stream().map(ListingLine::trace).toList()), values);
    }

    /** A block's lines as one line for the sources list: {@code rows: h100, h200; Memory: row.memory -> GB}. */
    private static String oneLine(String body) {
        return String.join("; ", body.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
