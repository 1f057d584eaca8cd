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

    /** A unit written after {@code unit}: any unit expression the engine reads, e.g. TFLOP/s or FLOP/B. */
    Unit unit(Snippet s, Dimension expected) {
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

    static String text(Quantity q, Unit unit) {
        return Formatter.format(q, unit, FormatOptions.DEFAULT).text();
    }
}
