package dev.reckon.calc;

import java.util.Objects;

/** A value in coherent base units (bytes, FLOP, seconds, joules, ...) with its dimension. */
public record Quantity(double value, Dimension dimension) implements Value {

    public Quantity {
        Objects.requireNonNull(dimension, "dimension");
    }

    public static Quantity of(double value, Dimension dimension) {
        return new Quantity(value, dimension);
    }

    public static Quantity dimensionless(double value) {
        return new Quantity(value, Dimension.NONE);
    }

    /** This quantity expressed in {@code unit}, e.g. 1e12 B in TB is 1. */
    public double in(Unit unit) {
        return value / unit.factor();
    }
}
