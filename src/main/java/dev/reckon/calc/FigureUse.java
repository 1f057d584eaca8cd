package dev.reckon.calc;

import dev.reckon.data.DataRecord;
import dev.reckon.data.Datum;

/**
 * One data figure an evaluation read, with the value it had: what a published number was computed
 * from, for the page's sources and the figure changelog.
 */
public record FigureUse(DataRecord record, Datum datum, Quantity value) {
    /** {@code h200_sxm.memory}: the record's id and the figure's path. */
    public String name() {
        return record.id() + "." + datum.path();
    }

    /** The value as an equation shows an input: automatic unit, up to six significant digits ({@code 141 GB}). */
    public String valueText() {
        return Formatter.format(value, null, Equations.INPUTS).text();
    }
}
