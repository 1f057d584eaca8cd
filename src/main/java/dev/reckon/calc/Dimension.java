package dev.reckon.calc;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Integer exponents over {@link BaseDimension}; immutable.
 *
 * <p>Two identities make the standard formulas of the field come out in the units people expect:
 * <ul>
 *   <li>One FLOP per parameter per token: {@code param·token} is FLOP, so {@code 6 * N * D} is training compute
 *       and {@code 2 * N} is FLOP per token (the 2 and 6 of those formulas are FLOP per parameter per token).
 *       Dimensions equal under this identity are equal; each is shown in its natural form
 *       ({@code param·token} as FLOP, FLOP/param as tokens, FLOP/token as itself).</li>
 *   <li>A plain count times bytes per value ({@link #product}) is bytes "per item": shown and compared as
 *       bytes, and the first count of params or tokens it later meets is what it was per. So
 *       {@code 2 * layers * kv_heads * head_dim * bf16.bytes} is the KV cache per token in bytes, and
 *       {@code 2 * bf16.bytes * params} is still bytes.</li>
 *   <li>A count of GPUs times a per-chip figure is the cluster's total ({@link #PER_DEVICE}), and GPU-hours
 *       times a per-chip rate is the amount over that time ({@link #PER_DEVICE_RATES}); dividing undoes
 *       each ({@link #quotient}).</li>
 * </ul>
 */
public final class Dimension {
    private static final int N = BaseDimension.values().length;
    // Before the constants below: the constructor normalises with them.
    private static final int FLOP_ = BaseDimension.FLOP.ordinal();
    private static final int PARAM_ = BaseDimension.PARAM.ordinal();
    private static final int TOKEN_ = BaseDimension.TOKEN.ordinal();
    private static final int ITEM_ = BaseDimension.ITEM.ordinal();

    public static final Dimension NONE = new Dimension(new int[N]);
    public static final Dimension INFORMATION = base(BaseDimension.INFORMATION);
    public static final Dimension FLOP = base(BaseDimension.FLOP);
    public static final Dimension OP = base(BaseDimension.OP);
    public static final Dimension TIME = base(BaseDimension.TIME);
    public static final Dimension PARAM = base(BaseDimension.PARAM);
    public static final Dimension TOKEN = base(BaseDimension.TOKEN);
    public static final Dimension ENERGY = base(BaseDimension.ENERGY);
    public static final Dimension MONEY = base(BaseDimension.MONEY);
    public static final Dimension DEVICE = base(BaseDimension.DEVICE);
    public static final Dimension POWER = ENERGY.divide(TIME);

    /**
     * What an accelerator's figures measure per chip: a count of GPUs times one of these is the total for all
     * of them ({@code 16384 GPU * h100.bf16.dense} is FLOP/s), whereas GPUs times a time stay GPU-hours.
     */
    private static final Set<Dimension> PER_DEVICE = Set.of(FLOP.divide(TIME), OP.divide(TIME), INFORMATION.divide(TIME),
            INFORMATION, POWER, ENERGY, MONEY);

    /**
     * The per-chip rates: device-time times one of these is the amount all those chips produce or use
     * ({@code 30.84e6 GPU*h * h100.tdp} is energy, {@code GPU*h * h100.bf16.dense} is FLOP).
     */
    private static final Set<Dimension> PER_DEVICE_RATES = Set.of(FLOP.divide(TIME), OP.divide(TIME),
            INFORMATION.divide(TIME), POWER);

    /** Names authors recognise for common composites, used in error messages. */
    private static final Map<Dimension, String> NAMES = Map.of(
            POWER, "power",
            INFORMATION.divide(TIME), "bandwidth",
            FLOP.divide(TIME), "compute throughput",
            OP.divide(TIME), "integer throughput");


    /** Exponents as shown; {@link #canonical} is what equality compares. */
    private final int[] exponents;
    private final int[] canonical;

    private Dimension(int[] exponents) {
        this.exponents = normalised(exponents);
        this.canonical = canonical(this.exponents);
    }

    /**
     * The natural form under the identities: a pending "per item" cancels the first param or token,
     * param·token pairs are FLOP, FLOP per param is a token (and the reciprocals).
     */
    private static int[] normalised(int[] e) {
        while (e[ITEM_] < 0 && (e[PARAM_] > 0 || e[TOKEN_] > 0)) {
            e[e[PARAM_] > 0 ? PARAM_ : TOKEN_]--;
            e[ITEM_]++;
        }
        int k = 0;
        if (e[PARAM_] > 0 && e[TOKEN_] > 0) {
            k = Math.min(e[PARAM_], e[TOKEN_]);
        } else if (e[PARAM_] < 0 && e[TOKEN_] < 0) {
            k = Math.max(e[PARAM_], e[TOKEN_]);
        } else if (e[TOKEN_] == 0 && e[FLOP_] > 0 && e[PARAM_] < 0) {
            k = Math.max(-e[FLOP_], e[PARAM_]);
        } else if (e[TOKEN_] == 0 && e[FLOP_] < 0 && e[PARAM_] > 0) {
            k = Math.min(-e[FLOP_], e[PARAM_]);
        }
        e[FLOP_] += k;
        e[PARAM_] -= k;
        e[TOKEN_] -= k;
        return e;
    }

    /** One representative of the class: params rewritten as FLOP per token, items dropped. */
    private static int[] canonical(int[] e) {
        int[] c = e.clone();
        c[FLOP_] += c[PARAM_];
        c[TOKEN_] -= c[PARAM_];
        c[PARAM_] = 0;
        c[ITEM_] = 0;
        return c;
    }

    /**
     * The dimension of {@code a × b}: their product, except that a plain number times bytes per value
     * (a number format's {@code bytes}) is bytes per item, see the class comment.
     */
    static Dimension product(Dimension a, Dimension b) {
        if (a.isDevices() && PER_DEVICE.contains(b)) {
            return b;
        }
        if (b.isDevices() && PER_DEVICE.contains(a)) {
            return a;
        }
        if (a.isDeviceTime() && PER_DEVICE_RATES.contains(b)) {
            return TIME.multiply(b);
        }
        if (b.isDeviceTime() && PER_DEVICE_RATES.contains(a)) {
            return TIME.multiply(a);
        }
        if (a.isPlain() && b.isBytesPerValue()) {
            return b.multiply(PARAM).divide(base(BaseDimension.ITEM));
        }
        if (b.isPlain() && a.isBytesPerValue()) {
            return a.multiply(PARAM).divide(base(BaseDimension.ITEM));
        }
        return a.multiply(b);
    }

    /**
     * The dimension of {@code a ÷ b}: their quotient, except the inverses of {@link #product}'s device rules,
     * so the algebra stays one: a cluster's total over a count of GPUs is the per-chip figure
     * ({@code 16.2 EFLOP/s / (16384 GPU)} is FLOP/s), and an amount over GPU-hours is the per-chip rate
     * ({@code 3.8e25 FLOP / (30.84e6 GPU*h)} is FLOP/s, comparable with a peak).
     */
    static Dimension quotient(Dimension a, Dimension b) {
        if (b.isDevices() && b.exponents[BaseDimension.DEVICE.ordinal()] == 1 && PER_DEVICE.contains(a)) {
            return a;
        }
        if (b.isDeviceTime() && PER_DEVICE_RATES.contains(a.divide(TIME))) {
            return a.divide(TIME);
        }
        return a.divide(b);
    }

    /** This dimension with {@code other}'s pending "per item" (a conversion keeps what it was per). */
    Dimension withItemsOf(Dimension other) {
        int[] e = exponents.clone();
        e[ITEM_] = other.exponents[ITEM_];
        return new Dimension(e);
    }

    /** Only GPUs: a count of accelerators such as {@code 16384 GPU}. */
    private boolean isDevices() {
        int[] e = exponents.clone();
        boolean some = e[BaseDimension.DEVICE.ordinal()] > 0;
        e[BaseDimension.DEVICE.ordinal()] = 0;
        return some && Arrays.stream(e).allMatch(x -> x == 0);
    }

    /** Exactly device·time: GPU-hours such as {@code 30.84e6 GPU*h}. */
    private boolean isDeviceTime() {
        return equals(DEVICE.multiply(TIME));
    }

    private boolean isPlain() {
        return Arrays.stream(exponents).allMatch(x -> x == 0);
    }

    private boolean isBytesPerValue() {
        int[] e = new int[N];
        e[BaseDimension.INFORMATION.ordinal()] = 1;
        e[PARAM_] = -1;
        return Arrays.equals(exponents, e);
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

    int exponent(BaseDimension b) {
        return exponents[b.ordinal()];
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
            if (e == 0 || b == BaseDimension.ITEM) {
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
        return o instanceof Dimension d && Arrays.equals(canonical, d.canonical);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(canonical);
    }

    @Override
    public String toString() {
        return isDimensionless() ? "1" : symbol();
    }
}
