package dev.reckon.calc;

import dev.reckon.data.Prefixes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Which unit a value is shown in: the author's {@code -> unit}, or the automatic choice for its dimension.
 * A range is placed by its end of larger magnitude, so both ends share one unit. Units are returned as
 * symbols; {@link UnitNames} spells them next to the number.
 */
final class UnitChoice {
    private static final List<String> BIG = List.of("", "k", "M", "G", "T", "P", "E");
    private static final List<String> WITH_SMALL = List.of("n", "µ", "m", "", "k", "M", "G", "T", "P", "E");
    private static final Dimension GPU_TIME = Dimension.DEVICE.multiply(Dimension.TIME);

    /** Durations climb this ladder; each unit is used below the limit (in itself) where the next takes over. */
    private record Step(String unit, double limit) {
    }

    private static final List<Step> TIMES = List.of(new Step("ns", 1000), new Step("µs", 1000), new Step("ms", 1000),
            new Step("s", 60), new Step("min", 60), new Step("h", 48), new Step("day", 365.25), new Step("year", Double.MAX_VALUE));

    /** Rates without a time base of their own are per second, or, below a thousandth, per the first of these that reads ≥ 1. */
    private static final List<String> RATE_BASES = List.of("s", "min", "h", "day", "year");

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
     * A number is shown as {@code value / factor} followed by {@code unit}; {@code sci} forces scientific
     * notation (otherwise {@link Numbers} decides by magnitude).
     */
    record Shown(double factor, String unit, boolean sci) {
    }

    /** The value that decides the unit: a point's value, or the end of a range farther from zero. */
    private static double representative(Quantity q) {
        return Math.abs(q.high()) >= Math.abs(q.low()) ? q.high() : q.low();
    }

    static Shown target(Quantity q, Unit target, FormatOptions o) {
        return new Shown(target.factor(), target.symbol(), o.sci());
    }

    static Shown automatic(Quantity q, FormatOptions o) {
        double v = representative(q);
        Dimension d = q.dimension();
        if (o.sci()) {
            return new Shown(1, d.symbol(), true);
        }
        String prefixedBase = PREFIXED.get(d);
        if (prefixedBase != null) {
            return withPrefix(v, prefixedBase, ladder(d), o);
        }
        if (d.equals(Dimension.TIME)) {
            return duration(v, o);
        }
        if (d.equals(GPU_TIME)) {
            return new Shown(Units.require("h").factor(), "GPU·h", false);
        }
        if (d.exponent(BaseDimension.TIME) < 0) {
            return rate(q, v, d);
        }
        if (d.isDimensionless() && Units.isPercent(q.displayBase())) {
            return new Shown(q.displayBase().factor(), "%", false);
        }
        return new Shown(1, d.symbol(), false);
    }

    /** Times prefer the unit that keeps the number readable: 29.4 ms, 45 s, 12 min, 36 h, 67.7 days, 10.1 years. */
    private static Shown duration(double v, FormatOptions o) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return new Shown(1, "s", false);
        }
        if (abs < 1e-9) {
            return new Shown(1, "s", true);
        }
        for (Step step : TIMES) {
            double factor = Units.require(step.unit()).factor();
            // Compare after rounding, so 59.99 s (60 at 3 digits) is shown as 1 min.
            if (Numbers.round(abs / factor, o).doubleValue() < step.limit()) {
                return new Shown(factor, step.unit(), false);
            }
        }
        return new Shown(Units.require("year").factor(), "year", false);
    }

    /**
     * A rate keeps the time base its inputs were written in (2 USD/h stays per hour); without one it is per
     * second unless that needs a number below a thousandth.
     */
    private static Shown rate(Quantity q, double v, Dimension d) {
        Unit base = Units.isPercent(q.displayBase()) ? null : q.displayBase();
        int exponent = d.exponent(BaseDimension.TIME);
        if (base == null) {
            base = Units.require("s");
            if (Math.abs(v) < Numbers.SMALL) {
                for (String candidate : RATE_BASES) {
                    base = Units.require(candidate);
                    if (Math.abs(v / Math.pow(base.factor(), exponent)) >= 1) {
                        break;
                    }
                }
            }
        }
        String symbol = base.symbol();
        return new Shown(Math.pow(base.factor(), exponent), d.compose(b -> b == BaseDimension.TIME ? symbol : b.symbol, "·"), false);
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
        // Rounding can carry into the next prefix (999.7 GB at 3 sig is "1 TB", not "1,000 GB").
        if (index + 1 < ladder.size() && Numbers.round(scaled, o).abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            index++;
        }
        return new Shown(Prefixes.factor(ladder.get(index)), ladder.get(index) + base, false);
    }
}
