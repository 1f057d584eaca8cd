package dev.reckon.calc;

import dev.reckon.data.Prefixes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Which unit a value is shown in: the author's {@code -> unit}, or the automatic choice for its dimension.
 * A range is placed by its end of larger magnitude, so both ends share one unit.
 */
final class UnitChoice {
    private static final List<String> BIG = List.of("", "k", "M", "G", "T", "P", "E");
    private static final List<String> WITH_SMALL = List.of("n", "µ", "m", "", "k", "M", "G", "T", "P", "E");
    private static final List<String> TIME_LADDER = List.of("ns", "µs", "ms", "s");
    private static final Dimension GPU_TIME = Dimension.DEVICE.multiply(Dimension.TIME);
    private static final double HOUR = 3600;

    /** Dimensions printed with an SI prefix chosen so the mantissa lies in [1, 1000). */
    private static final Map<Dimension, String> PREFIXED = Map.of(
            Dimension.INFORMATION, "B",
            Dimension.INFORMATION.divide(Dimension.TIME), "B/s",
            Dimension.FLOP.divide(Dimension.TIME), "FLOP/s",
            Dimension.OP.divide(Dimension.TIME), "OP/s",
            Dimension.ENERGY, "J",
            Dimension.POWER, "W");

    private UnitChoice() {
    }

    /**
     * A number is shown as {@code value / factor} followed by {@code unit}, in scientific notation when
     * {@code sci}.
     */
    record Shown(double factor, String unit, boolean sci) {
    }

    /** The value that decides the unit: a point's value, or the end of a range farther from zero. */
    private static double representative(Quantity q) {
        return Math.abs(q.high()) >= Math.abs(q.low()) ? q.high() : q.low();
    }

    static Shown target(Quantity q, Unit target, FormatOptions o) {
        double abs = Math.abs(representative(q) / target.factor());
        boolean sci = o.sci() || abs >= 1e15 || (abs > 0 && abs < 1e-6);
        return new Shown(target.factor(), target.symbol(), sci);
    }

    static Shown automatic(Quantity q, FormatOptions o) {
        double v = representative(q);
        double abs = Math.abs(v);
        Dimension d = q.dimension();
        String prefixedBase = PREFIXED.get(d);
        if (prefixedBase != null && !o.sci()) {
            return withPrefix(v, prefixedBase, ladder(d), o);
        }
        if (d.equals(Dimension.TIME) && !o.sci() && abs < 1e4) {
            return withTimeUnit(v, o);
        }
        Shown perHour = perHour(d, v, o);
        if (perHour != null) {
            return perHour;
        }
        String unit = d.symbol();
        boolean sci = o.sci() || abs >= (d.equals(Dimension.TIME) ? 1e4 : 1e6) || (abs > 0 && abs < 1e-3);
        if (!unit.isEmpty() && (q.isRange() || v != 1)) {
            // "1.75 × 10¹¹ params" reads as English; "B/param" keeps the singular after the slash.
            unit = unit.replaceFirst("^(param|token|GPU)", "$1s");
        }
        return new Shown(1, unit, sci);
    }

    /** GPU time is counted in GPU-hours and money over time per hour, the units prices and papers use. */
    private static Shown perHour(Dimension d, double v, FormatOptions o) {
        double factor;
        String unit;
        if (d.equals(GPU_TIME)) {
            factor = HOUR;
            unit = v / HOUR == 1 ? "GPU-hour" : "GPU-hours";
        } else if (d.equals(Dimension.MONEY.divide(GPU_TIME))) {
            factor = 1 / HOUR;
            unit = "USD/GPU-hour";
        } else if (d.equals(Dimension.MONEY.divide(Dimension.TIME))) {
            factor = 1 / HOUR;
            unit = "USD/h";
        } else {
            return null;
        }
        double abs = Math.abs(v / factor);
        return new Shown(factor, unit, o.sci() || abs >= 1e6 || (abs > 0 && abs < 1e-3));
    }

    private static List<String> ladder(Dimension d) {
        return d.equals(Dimension.ENERGY) || d.equals(Dimension.POWER) ? WITH_SMALL : BIG;
    }

    /** See {@link Formatter#autoPrefixedUnit}. */
    static Unit autoPrefixedUnit(Quantity q) {
        String base = PREFIXED.get(q.dimension());
        if (base == null) {
            return null;
        }
        List<String> ladder = ladder(q.dimension());
        String prefix = ladder.get(prefixIndex(Math.abs(q.value()), ladder));
        return new Unit(prefix + base, Prefixes.factor(prefix), q.dimension());
    }

    private static int prefixIndex(double abs, List<String> ladder) {
        int index = ladder.indexOf("");
        if (abs > 0) {
            for (int k = 0; k < ladder.size(); k++) {
                if (Prefixes.factor(ladder.get(k)) <= abs) {
                    index = k;
                }
            }
            if (abs < Prefixes.factor(ladder.get(0))) {
                index = 0;
            }
        }
        return index;
    }

    private static Shown withPrefix(double v, String base, List<String> ladder, FormatOptions o) {
        int index = prefixIndex(Math.abs(v), ladder);
        double scaled = v / Prefixes.factor(ladder.get(index));
        // Rounding can carry into the next prefix (999.7 GB at 3 sig is "1.00 TB", not "1,000 GB").
        if (index + 1 < ladder.size() && Numbers.round(scaled, o).abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            index++;
            scaled = v / Prefixes.factor(ladder.get(index));
        }
        double scaledAbs = Math.abs(scaled);
        boolean sci = scaledAbs > 0 && (scaledAbs < 1e-3 || scaledAbs >= 1e6);
        return new Shown(Prefixes.factor(ladder.get(index)), ladder.get(index) + base, sci);
    }

    private static Shown withTimeUnit(double v, FormatOptions o) {
        double abs = Math.abs(v);
        if (abs == 0 || abs >= 1) {
            return new Shown(1, "s", false);
        }
        if (abs < 1e-9) {
            return new Shown(1, "s", true);
        }
        int index = 0;
        for (int k = 0; k < TIME_LADDER.size(); k++) {
            if (Units.require(TIME_LADDER.get(k)).factor() <= abs) {
                index = k;
            }
        }
        double factor = Units.require(TIME_LADDER.get(index)).factor();
        if (index + 1 < TIME_LADDER.size() && Numbers.round(v / factor, o).abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            index++;
            factor = Units.require(TIME_LADDER.get(index)).factor();
        }
        return new Shown(factor, TIME_LADDER.get(index), false);
    }
}
