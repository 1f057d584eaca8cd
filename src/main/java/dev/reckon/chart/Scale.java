package dev.reckon.chart;

import dev.reckon.calc.Dimension;
import dev.reckon.calc.FormatOptions;
import dev.reckon.calc.Formatter;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * A resolved axis: its range in coherent base units, scale, dimension and the unit its labels use
 * (null for the engine's automatic choice, e.g. TFLOP/s or PFLOP/s per tick).
 */
record Scale(double min, double max, boolean log, Dimension dimension, Unit unit, String title) {

    /** Where {@code v} falls along the axis, 0 at {@code min} and 1 at {@code max}. */
    double fraction(double v) {
        if (log) {
            return (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (v - min) / (max - min);
    }

    List<Double> ticks() {
        return log ? Ticks.log(min, max) : Ticks.linear(min, max);
    }

    /** A tick label from the engine's formatter, with just the digits the tick value has. */
    String label(double v) {
        return label(Quantity.of(v, dimension), unit);
    }

    /** {@code 10⁸ params} rather than {@code 1 × 10⁸ params}: ticks sit on round values, the "1 ×" is noise. */
    static String label(Quantity q, Unit unit) {
        double shown = unit == null ? q.value() : q.in(unit);
        int digits = shown == 0 ? 1 : Math.min(6, Math.max(1, BigDecimal.valueOf(shown).stripTrailingZeros().precision()));
        String text = Formatter.format(q, unit, FormatOptions.sig(digits)).text();
        // \h: the engine joins "1 × 10" with no-break spaces.
        return text.replaceFirst("^1\\h×\\h(?=10)", "");
    }

    /** The axis title with its unit, e.g. "Parameters N (params)". */
    String titleWithUnit() {
        String symbol = unit != null ? unit.symbol() : dimension.symbol().replaceFirst("^(param|token)$", "$1s");
        return symbol.isEmpty() ? title : title + " (" + symbol + ")";
    }
}
