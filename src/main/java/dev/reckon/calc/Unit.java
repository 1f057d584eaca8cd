package dev.reckon.calc;

/**
 * A unit as the author wrote it: {@code symbol} is kept for display (so {@code -> years} prints "years"),
 * {@code factor} converts one of it to coherent base units.
 */
public record Unit(String symbol, double factor, Dimension dimension) {

    public Unit times(Unit other) {
        return new Unit(symbol + "·" + other.symbol, factor * other.factor, dimension.multiply(other.dimension));
    }

    public Unit per(Unit other) {
        return new Unit(symbol + "/" + other.symbol, factor / other.factor, dimension.divide(other.dimension));
    }

    public Unit power(int exponent) {
        Dimension d = dimension.power(exponent, 1);
        return new Unit(symbol + "^" + exponent, Math.pow(factor, exponent), d);
    }
}
