package dev.reckon.calc;

/**
 * The interval arithmetic that is more than applying an operation to both ends: powers (not monotonic
 * across zero), abs, min and max. Points go through the same code as ranges whose ends coincide.
 */
final class Intervals {
    private Intervals() {
    }

    /** {@code base ^ exponent} with the result's dimension {@code d} already checked. */
    static Quantity power(Quantity base, Quantity exponent, Dimension d, Expr.Binary at) {
        double nominal = Math.pow(base.value(), exponent.value());
        if (!base.isRange() && !exponent.isRange()) {
            return new Quantity(nominal, d, nominal, nominal, base.displayBase());
        }
        if (exponent.isRange()) {
            if (base.low() <= 0) {
                throw at.pos().error("a range of powers needs a positive base",
                        "'" + at.left().pos().text() + "' is not above zero everywhere");
            }
            // b^e is monotonic in b (for b > 0) and in e, so the extremes sit at the corners.
            return corners(base, nominal, d, Math.pow(base.low(), exponent.low()), Math.pow(base.low(), exponent.high()),
                    Math.pow(base.high(), exponent.low()), Math.pow(base.high(), exponent.high()));
        }
        double e = exponent.value();
        double lo = Math.pow(base.low(), e);
        double hi = Math.pow(base.high(), e);
        if (base.low() < 0 && base.high() > 0) {
            if (e < 0) {
                throw at.left().pos().error("cannot raise a range that includes zero to a negative power",
                        "the result has no bound near zero");
            }
            if (e == Math.rint(e) && ((long) e) % 2 == 0) {
                return new Quantity(nominal, d, 0, Math.max(lo, hi), base.displayBase());
            }
        }
        return corners(base, nominal, d, lo, hi);
    }

    private static Quantity corners(Quantity base, double nominal, Dimension d, double... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Quantity(nominal, d, min, max, base.displayBase());
    }

    static Quantity abs(Quantity x) {
        if (x.low() < 0 && x.high() > 0) {
            return new Quantity(Math.abs(x.value()), x.dimension(), 0, Math.max(-x.low(), x.high()), x.displayBase());
        }
        return x.map(Math::abs, x.dimension());
    }

    /** The smaller (or larger) of two quantities of one dimension, end by end. */
    static Quantity extreme(Quantity a, Quantity b, boolean min) {
        if (!a.isRange() && !b.isRange()) {
            return (min ? b.value() < a.value() : b.value() > a.value()) ? b : a;
        }
        return new Quantity(min ? Math.min(a.value(), b.value()) : Math.max(a.value(), b.value()), a.dimension(),
                min ? Math.min(a.low(), b.low()) : Math.max(a.low(), b.low()),
                min ? Math.min(a.high(), b.high()) : Math.max(a.high(), b.high()), a.displayBase());
    }
}
