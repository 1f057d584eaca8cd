package dev.reckon.calc;

import dev.reckon.data.Confirmation;
import dev.reckon.data.DataRecord;
import dev.reckon.data.Datum;
import dev.reckon.data.FigureDate;
import java.util.Locale;

/**
 * One data figure an evaluation read, with the value it had: what a published number was computed
 * from, for the page's sources and the figure changelog.
 */
public record FigureUse(DataRecord record, Datum datum, Quantity value) {
    /** {@code h200_sxm.memory}: the record's id and the figure's path. */
    public String name() {
        return record.id() + "." + datum.path();
    }

    /** {@code NVIDIA H200 SXM, memory}: the record's display name and the figure's path. */
    public String label() {
        return record.name() + ", " + datum.path();
    }

    public String source() {
        return datum.provenance().source();
    }

    /** P, S, D or U. */
    public String confirmed() {
        return datum.provenance().confirmed().code();
    }

    /** The confirmation as a reader reads it: primary, secondary, derived or unconfirmed. */
    public String confirmation() {
        return confirmation(confirmed());
    }

    /** {@code P} as a word; an unknown code as it is. */
    public static String confirmation(String code) {
        return Confirmation.ofCode(code).map(c -> c.name().toLowerCase(Locale.ROOT)).orElse(code);
    }

    public boolean estimate() {
        return datum.provenance().estimate();
    }

    /** The date the figure was true ({@code 2025-06-01}, {@code 2025-06}), or null for one that does not change. */
    public String asOf() {
        FigureDate date = datum.provenance().asOf();
        return date == null ? null : date.text();
    }

    /** The value as an equation shows an input: automatic unit, up to six significant digits ({@code 141 GB}). */
    public String valueText() {
        return Formatter.format(value, null, Equations.INPUTS).text();
    }
}
