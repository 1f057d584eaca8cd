package dev.reckon.calc;

import java.util.Arrays;
import java.util.Map;

/** Integer exponents over {@link BaseDimension}; immutable. */
public final class Dimension {
    private static final int N = BaseDimension.values().length;

    public static final Dimension NONE = new Dimension(new int[N]);
    public static final Dimension INFORMATION = base(BaseDimension.INFORMATION);
    public static final Dimension FLOP = base(BaseDimension.FLOP);
    public static final Dimension OP = base(BaseDimension.OP);
    public static final Dimension TIME = base(BaseDimension.TIME);
    public static final Dimension PARAM = base(BaseDimension.PARAM);
    public static final Dimension TOKEN = base(BaseDimension.TOKEN);
    public static final Dimension ENERGY = base(BaseDimension.ENERGY);
    public static final Dimension MONEY = base(BaseDimension.MONEY);
    public static final Dimension POWER = ENERGY.divide(TIME);

    /** Names authors recognise for common composites, used in error messages. */
    private static final Map<Dimension, String> NAMES = Map.of(
            POWER, "power",
            INFORMATION.divide(TIME), "bandwidth",
            FLOP.divide(TIME), "compute throughput",
            OP.divide(TIME), "integer throughput");

    private final int[] exponents;

    private Dimension(int[] exponents) {
        this.exponents = exponents;
    }

    private static Dimension base(BaseDimension b) {
        int[] e = new int[N];
        e[b.ordinal()] = 1;
        return new Dimension(e);
    }

    public boolean isDimensionless() {
        return this.equals(NONE);
    }

    public Dimension multiply(Dimension other) {
        int[] e = new int[N];
        for (int i = 0; i < N; i++) {
            e[i] = exponents[i] + other.exponents[i];
        }
        return new Dimension(e);
    }

    public Dimension divide(Dimension other) {
        return multiply(other.power(-1, 1));
    }

    /** This dimension raised to numerator/denominator, or null when an exponent would not be an integer. */
    public Dimension power(int numerator, int denominator) {
        int[] e = new int[N];
        for (int i = 0; i < N; i++) {
            long scaled = (long) exponents[i] * numerator;
            if (scaled % denominator != 0) {
                return null;
            }
            e[i] = (int) (scaled / denominator);
        }
        return new Dimension(e);
    }

    /** Coherent base-unit symbol such as {@code B/param} or {@code FLOP/s}; empty when dimensionless. */
    public String symbol() {
        if (this.equals(POWER)) {
            return "W";
        }
        return compose(b -> b.symbol, "·");
    }

    /** For error messages: {@code B (information)}, {@code W (power)}, or {@code a dimensionless number}. */
    public String describe() {
        if (isDimensionless()) {
            return "a dimensionless number";
        }
        String name = NAMES.getOrDefault(this, compose(b -> b.label, "·"));
        return symbol() + " (" + name + ")";
    }

    interface Naming {
        String name(BaseDimension b);
    }

    String compose(Naming naming, String times) {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        int denCount = 0;
        for (BaseDimension b : BaseDimension.values()) {
            int e = exponents[b.ordinal()];
            if (e == 0) {
                continue;
            }
            StringBuilder target = e > 0 ? num : den;
            if (!target.isEmpty()) {
                target.append(times);
            }
            target.append(naming.name(b));
            if (Math.abs(e) != 1) {
                target.append('^').append(Math.abs(e));
            }
            if (e < 0) {
                denCount++;
            }
        }
        if (den.isEmpty()) {
            return num.toString();
        }
        String numerator = num.isEmpty() ? "1" : num.toString();
        return numerator + "/" + (denCount > 1 ? "(" + den + ")" : den);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimension d && Arrays.equals(exponents, d.exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }

    @Override
    public String toString() {
        return isDimensionless() ? "1" : symbol();
    }
}
