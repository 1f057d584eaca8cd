package dev.reckon.calc;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A value in coherent base units (bytes, FLOP, seconds, joules, ...) with its dimension, and bounds when it
 * is a range ({@code 38..43 %}). A point has {@code low == value == high}. A range's {@code value} is its
 * nominal value: the midpoint of a written range, carried through arithmetic as a point would be, so code
 * that needs one number (a chart, a hand-typed figure check) gets a representative one.
 *
 * <p>{@code displayBase} is a display hint, not part of the value: the time unit the inputs were written in
 * ({@code h} for {@code 2 USD/h}), so a rate computed from them is shown per that unit; or {@code %} for a
 * fraction written as a percentage ({@code 38..43 %}), so it and what is scaled from it read as percentages
 * again. Equality ignores it.
 */
public record Quantity(double value, Dimension dimension, double low, double high, Unit displayBase) implements Value {

    public Quantity {
        Objects.requireNonNull(dimension, "dimension");
    }

    public Quantity(double value, Dimension dimension) {
        this(value, dimension, value, value, null);
    }

    Quantity(double value, Dimension dimension, double low, double high) {
        this(value, dimension, low, high, null);
    }

    public static Quantity of(double value, Dimension dimension) {
        return new Quantity(value, dimension);
    }

    public static Quantity dimensionless(double value) {
        return new Quantity(value, Dimension.NONE);
    }

    /** The range {@code [low, high]}, nominally its midpoint; a point when the ends are equal. */
    public static Quantity range(double low, double high, Dimension dimension) {
        return new Quantity(low == high ? low : low / 2 + high / 2, dimension, low, high, null);
    }

    Quantity withDisplayBase(Unit base) {
        return new Quantity(value, dimension, low, high, base);
    }

    /**
     * The display base of a result with operands {@code this} and {@code o}: the first one written, except
     * that a time base wins over {@code %} ({@code 40 % * 2 USD/h} is a rate per hour).
     */
    private Unit base(Quantity o) {
        if (displayBase == null || o.displayBase != null && Units.isPercent(displayBase)) {
            return o.displayBase;
        }
        return displayBase;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && Double.compare(value, q.value) == 0 && Double.compare(low, q.low) == 0
                && Double.compare(high, q.high) == 0 && dimension.equals(q.dimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, low, high, dimension);
    }

    /** Whether this is a range rather than a single value. */
    public boolean isRange() {
        return low != high;
    }

    /** This quantity expressed in {@code unit}, e.g. 1e12 B in TB is 1. */
    public double in(Unit unit) {
        return value / unit.factor();
    }

    Quantity withDimension(Dimension d) {
        return new Quantity(value, d, low, high, displayBase);
    }

    Quantity negate() {
        return new Quantity(-value, dimension, -high, -low, displayBase);
    }

    Quantity plus(Quantity o, Dimension d) {
        return new Quantity(value + o.value, d, low + o.low, high + o.high, base(o));
    }

    Quantity minus(Quantity o, Dimension d) {
        return new Quantity(value - o.value, d, low - o.high, high - o.low, base(o));
    }

    Quantity times(Quantity o, Dimension d) {
        double a = low * o.low;
        double b = low * o.high;
        double c = high * o.low;
        double e = high * o.high;
        return new Quantity(value * o.value, d, Math.min(Math.min(a, b), Math.min(c, e)), Math.max(Math.max(a, b), Math.max(c, e)),
                base(o));
    }

    /** Callers check first that {@code o} does not include zero. */
    Quantity dividedBy(Quantity o, Dimension d) {
        // A percentage divided by is not one any more (1 / 40 % is 2.5, not 250 %).
        Unit base = Units.isPercent(o.displayBase) ? null : o.displayBase;
        return times(new Quantity(1 / o.value, Dimension.NONE, 1 / o.high, 1 / o.low, base), d);
    }

    /** Whether zero lies in {@code [low, high]}. */
    boolean includesZero() {
        return low <= 0 && high >= 0;
    }

    /** {@code f} applied to the nominal value and both ends; {@code f} must be monotonic (either direction). */
    Quantity map(DoubleUnaryOperator f, Dimension d) {
        double a = f.applyAsDouble(low);
        double b = f.applyAsDouble(high);
        return new Quantity(f.applyAsDouble(value), d, Math.min(a, b), Math.max(a, b), displayBase);
    }

    /** Whether the nominal value and both ends are finite numbers. */
    boolean isFinite() {
        return Double.isFinite(value) && Double.isFinite(low) && Double.isFinite(high);
    }

    boolean isNaN() {
        return Double.isNaN(value) || Double.isNaN(low) || Double.isNaN(high);
    }
}
