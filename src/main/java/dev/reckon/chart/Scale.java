package dev.reckon.chart;

import dev.reckon.calc.Dimension;
import dev.reckon.calc.FormatOptions;
import dev.reckon.calc.Formatter;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A resolved axis: its range in coherent base units, scale, dimension and the unit its labels use. A null
 * unit lets the engine choose per tick (100 TFLOP/s, 1 PFLOP/s), which keeps round ticks round only because
 * SI prefixes are powers of ten; see {@link #of}. {@code displayBase} is the engine's display hint (per hour
 * for rates from {@code USD/h} inputs, per cent for a range written in {@code %}), carried from the values plotted.
 */
record Scale(double min, double max, boolean log, Dimension dimension, Unit unit, String title, Unit displayBase) {

    /** One tick: where it sits (base units) and the round number it shows in the axis unit. */
    record Tick(double value, BigDecimal shown) {
    }

    /**
     * An axis in the author's unit, or else in units the engine chooses: per tick where every choice is a
     * power of ten of the base unit, otherwise one unit for the whole axis, so ticks fall on 10, 100, 1,000
     * days rather than on powers of ten seconds labelled 11.6 days. That unit is the engine's for the axis's
     * middle on a log axis (1 day to 10,000 days ticks in days, not in 0.01 years), and for the end farther
     * from zero on a linear one (as the engine shows a range).
     */
    static Scale of(double min, double max, boolean log, Quantity sample, Unit unit, String title) {
        Dimension dimension = sample.dimension();
        Scale perTick = new Scale(min, max, log, dimension, unit, title, sample.displayBase());
        if (unit != null) {
            return perTick;
        }
        for (Tick t : perTick.ticks()) {
            if (!powerOfTen(Formatter.automaticUnit(perTick.quantity(t.value())).factor())) {
                double typical = log ? Math.sqrt(min * max) : Math.abs(max) >= Math.abs(min) ? max : min;
                return new Scale(min, max, log, dimension, Formatter.automaticUnit(perTick.quantity(typical)), title,
                        sample.displayBase());
            }
        }
        return perTick;
    }

    private static boolean powerOfTen(double factor) {
        double exponent = Math.log10(factor);
        return Math.abs(exponent - Math.rint(exponent)) < 1e-9;
    }

    /** A value on this axis as the engine sees it. */
    Quantity quantity(double v) {
        return new Quantity(v, dimension, v, v, displayBase);
    }

    /** Where {@code v} falls along the axis, 0 at {@code min} and 1 at {@code max}. */
    double fraction(double v) {
        if (log) {
            return (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (v - min) / (max - min);
    }

    /** Round values in the axis unit (or in base units when the engine picks a prefix per tick). */
    List<Tick> ticks() {
        double factor = unit == null ? 1 : unit.factor();
        List<BigDecimal> shown = log ? Ticks.log(min / factor, max / factor) : Ticks.linear(min / factor, max / factor);
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal s : shown) {
            ticks.add(new Tick(s.doubleValue() * factor, s));
        }
        return ticks;
    }

    /** A tick label from the engine's formatter, with just the digits the tick has. */
    String label(Tick t) {
        int digits = t.shown().signum() == 0 ? 1 : Math.min(6, t.shown().stripTrailingZeros().precision());
        return label(quantity(t.value()), unit, digits);
    }

    /** An axis end for a description, with the digits it needs (range ends are usually round). */
    String label(double v) {
        double shown = unit == null ? v : v / unit.factor();
        int digits = shown == 0 ? 1 : Math.min(6, Math.max(1, BigDecimal.valueOf(shown).stripTrailingZeros().precision()));
        return label(quantity(v), unit, digits);
    }

    /** {@code 10⁸ params} rather than {@code 1 × 10⁸ params}: ticks sit on round values, the "1 ×" is noise. */
    private static String label(Quantity q, Unit unit, int digits) {
        String text = Formatter.format(q, unit, FormatOptions.sig(digits)).text();
        // \h: the engine joins "1 × 10" with no-break spaces.
        return text.replaceFirst("^1\\h×\\h(?=10)", "");
    }

    /** The axis title with its unit, e.g. "Parameters N (params)"; just the unit when the title is empty. */
    String titleWithUnit() {
        String symbol = Formatter.unitLabel(unit != null ? unit.symbol() : dimension.symbol());
        if (symbol.isEmpty()) {
            return title;
        }
        return title.isEmpty() ? symbol : title + " (" + symbol + ")";
    }
}
