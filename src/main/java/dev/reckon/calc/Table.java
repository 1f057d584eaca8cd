package dev.reckon.calc;

import java.util.List;

/**
 * A computed table; {@code numericColumns} marks columns whose every cell is a number (right-aligned).
 *
 * @param traces  what each cell was computed from, row by row like {@code rows}
 * @param rowIds  the data record of each row
 * @param columns each column as written, with where it is written
 */
public record Table(List<String> headers, List<List<Rendered>> rows, List<Boolean> numericColumns,
        List<List<Trace>> traces, List<String> rowIds, List<Column> columns) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        numericColumns = List.copyOf(numericColumns);
        traces = traces.stream().map(List::copyOf).toList();
        rowIds = List.copyOf(rowIds);
        columns = List.copyOf(columns);
    }

    /** A column's line as written ({@code FP8 weights: row.params * fp8.bytes -> GB}) and where. */
    public record Column(String spec, Origin at) {
    }
}
