package dev.reckon.calc;

import dev.reckon.data.DataRecord;
import dev.reckon.diag.DidYouMean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computed tables. Body:
 * <pre>
 * rows: h100, h200, b200
 * GPU: row.name
 * Memory: row.memory -> GB | sig 3
 * </pre>
 * Each row binds {@code row} to a data record; every column is one expression evaluated per row.
 */
final class Tables {
    private final Session session;

    Tables(Session session) {
        this.session = session;
    }

    private record Column(String header, Expr expr, FormatOptions options, Table.Column written) {
    }

    Table table(String body, Origin firstLine) {
        String[] lines = body.split("\r?\n", -1);
        List<DataRecord> rows = null;
        List<Column> columns = new ArrayList<>();
        Source lastSource = null;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            Source source = new Source(line, firstLine.lineOfBlock(k, line));
            lastSource = source;
            String content = Specs.stripComment(line);
            if (content.isBlank()) {
                continue;
            }
            int start = content.length() - content.stripLeading().length();
            if (rows == null) {
                if (!content.startsWith("rows:", start)) {
                    throw source.at(start, content.length()).error("a table starts with its rows",
                            "write `rows: h100, h200` first, then one `Header: expression` line per column");
                }
                rows = rows(source, start + "rows:".length(), content.length());
                continue;
            }
            columns.add(column(source, content, start));
        }
        if (rows == null) {
            Source s = lastSource == null ? new Source("", firstLine) : lastSource;
            throw s.whole().error("table has no rows", "write `rows: h100, h200` then `Header: expression` lines");
        }
        if (columns.isEmpty()) {
            throw lastSource.whole().error("table has no columns", "add lines such as `Memory: row.memory -> GB`");
        }
        return evaluate(rows, columns);
    }

    private List<DataRecord> rows(Source source, int from, int end) {
        List<DataRecord> rows = new ArrayList<>();
        String text = source.text();
        int i = from;
        while (i < end) {
            int comma = text.indexOf(',', i);
            int itemEnd = comma < 0 || comma > end ? end : comma;
            String raw = text.substring(i, itemEnd);
            String id = raw.strip();
            int idStart = i + raw.indexOf(id.isEmpty() ? raw : id);
            if (id.isEmpty()) {
                throw source.at(Math.min(i, end), Math.min(i, end) + 1).error("empty row name", "list record ids separated by commas");
            }
            Pos pos = source.at(idStart, idStart + id.length());
            DataRecord r = session.findRecord(id).orElseThrow(() -> pos.error("unknown data record '" + id + "'",
                    DidYouMean.hint(id, session.calculator().data().names(), "rows name records of the data set by id or alias")));
            rows.add(r);
            i = itemEnd + 1;
        }
        if (rows.isEmpty()) {
            throw source.at(from - 1, from).error("table has no rows", "list record ids after `rows:`");
        }
        return rows;
    }

    private Column column(Source source, String content, int start) {
        int colon = content.indexOf(": ");
        if (colon < 0 && content.endsWith(":")) {
            colon = content.length() - 1;
        }
        if (colon < 0) {
            throw source.at(start, content.length()).error("expected `Header: expression`",
                    "separate the column header from its expression with ': '");
        }
        String header = content.substring(start, colon).strip();
        // Options start at the first '|' after the colon: a '|' in the header is not one (a fuzzing find).
        int exprEnd = colon + 1 + Specs.optionBar(content.substring(colon + 1));
        if (content.substring(colon + 1, exprEnd).isBlank()) {
            throw source.at(colon, colon + 1).error("column '" + header + "' has no expression", "write e.g. `" + header + ": row.memory`");
        }
        Expr e = Parser.expression(source, colon + 1, exprEnd);
        FormatOptions o = exprEnd < content.length() ? FormatOptions.parse(source, exprEnd + 1, content.length()) : FormatOptions.DEFAULT;
        String spec = content.substring(start).strip();
        return new Column(header, e, o, new Table.Column(spec, source.origin()));
    }

    private Table evaluate(List<DataRecord> rows, List<Column> columns) {
        List<List<Rendered>> cells = new ArrayList<>();
        List<List<Trace>> traces = new ArrayList<>();
        boolean[] numeric = new boolean[columns.size()];
        Arrays.fill(numeric, true);
        for (DataRecord row : rows) {
            Evaluator ev = session.evaluator(row);
            List<Rendered> out = new ArrayList<>();
            List<Trace> made = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                Session.Traced<Value> v = session.traced(() -> ev.eval(col.expr()));
                numeric[c] &= v.result() instanceof Quantity;
                out.add(Formatter.format(v.result(), Session.targetOf(col.expr()), col.options()));
                made.add(v.trace());
            }
            cells.add(out);
            traces.add(made);
        }
        List<Boolean> numericColumns = new ArrayList<>();
        for (boolean b : numeric) {
            numericColumns.add(b);
        }
        return new Table(columns.stream().map(Column::header).toList(), cells, numericColumns, traces,
                rows.stream().map(DataRecord::id).toList(), columns.stream().map(Column::written).toList());
    }
}
