package dev.reckon.calc;

import java.util.List;

/** A computed table; {@code numericColumns} marks columns whose every cell is a number (right-aligned). */
public record Table(List<String> headers, List<List<Rendered>> rows, List<Boolean> numericColumns) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        numericColumns = List.copyOf(numericColumns);
    }
}
