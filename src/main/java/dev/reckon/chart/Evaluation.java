package dev.reckon.chart;

import dev.reckon.calc.Dimension;
import dev.reckon.calc.FormatOptions;
import dev.reckon.calc.Formatter;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Session;
import dev.reckon.calc.Unit;

/** Spec snippets evaluated by the engine, with the checks every axis shares. */
final class Evaluation {
    private final Session session;

    Evaluation(Session session) {
        this.session = session;
    }

    Quantity value(Snippet s) {
        return session.evaluate(s.text(), s.origin());
    }

    Quantity sample(String name, Quantity x, Snippet expr) {
        return session.evaluateWith(name, x, expr.text(), expr.origin());
    }

    /**
     * A unit written after {@code unit}: any unit expression the engine reads, e.g. TFLOP/s or FLOP/B,
     * in which the axis's {@code range} must be finite (1e308 B is no number of bits).
     */
    Unit unit(Snippet s, Dimension expected, double[] range) {
        if (s == null) {
            return null;
        }
        Quantity q = value(s);
        if (!q.dimension().equals(expected)) {
            throw s.error("'" + s.text() + "' is " + q.dimension().describe() + ", but the axis is " + expected.describe(),
                    "use a unit of " + (expected.isDimensionless() ? "nothing (a plain number)" : expected.symbol()));
        }
        single(s, q);
        if (!(q.value() > 0) || !Double.isFinite(q.value())) {
            throw s.error("a unit must be a positive amount, but '" + s.text() + "' is " + text(q), "write a unit such as `days` or `TFLOP/s`");
        }
        if (!Double.isFinite(range[0] / q.value()) || !Double.isFinite(range[1] / q.value())) {
            throw s.error("the axis overflows in " + s.text(),
                    "in " + s.text() + " its values are beyond about 1.8 × 10³⁰⁸; choose a larger unit");
        }
        return new Unit(s.text(), q.value(), q.dimension());
    }

    /** An axis range written {@code from A to B}: same dimension at both ends, increasing, positive on a log axis. */
    double[] range(ChartSpec.Axis axis, boolean log, Dimension expected) {
        Quantity from = value(axis.from());
        Quantity to = value(axis.to());
        Dimension dimension = expected == null ? from.dimension() : expected;
        sameDimension(axis.from(), from, dimension);
        sameDimension(axis.to(), to, dimension);
        single(axis.from(), from);
        single(axis.to(), to);
        if (!(from.value() < to.value())) {
            throw axis.from().error("the range is empty: " + text(from) + " is not below " + text(to),
                    "write the smaller end first");
        }
        if (log && from.value() <= 0) {
            throw axis.from().error("a log axis cannot show " + text(from) + " (it needs positive values)",
                    "start the range above zero, or write `linear` instead of `log`");
        }
        return new double[] {from.value(), to.value()};
    }

    /** An axis end is one value; a range there (38..43 %) would leave the axis undecided. */
    static void single(Snippet at, Quantity q) {
        if (q.isRange()) {
            throw at.error("an axis end is a single value, but '" + at.text() + "' is the range " + text(q),
                    "write one end of it, e.g. its low or high value");
        }
    }

    private static void sameDimension(Snippet at, Quantity q, Dimension dimension) {
        if (!q.dimension().equals(dimension)) {
            throw at.error("this range end is " + q.dimension().describe() + ", but the axis is " + dimension.describe(),
                    "write both ends in units of " + (dimension.isDimensionless() ? "nothing (plain numbers)" : dimension.symbol()));
        }
    }

    /** A value for descriptions: three significant digits, the engine's units. */
    static String text(Quantity q) {
        return Formatter.format(q, null, FormatOptions.DEFAULT).text();
    }

    /** In {@code unit} when the value is a number there (a peak beyond the axis may not be), else in the engine's units. */
    static String text(Quantity q, Unit unit) {
        boolean fits = unit == null || Double.isFinite(q.value() / unit.factor());
        return Formatter.format(q, fits ? unit : null, FormatOptions.DEFAULT).text();
    }
}
