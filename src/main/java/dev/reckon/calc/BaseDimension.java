package dev.reckon.calc;

/**
 * The independent kinds of quantity. FLOP and OP are separate on purpose: an INT8 "TOPS" figure is not
 * floating-point throughput, and adding the two must fail rather than produce a plausible number.
 */
enum BaseDimension {
    INFORMATION("information", "B"),
    FLOP("flop", "FLOP"),
    OP("op", "OP"),
    /** A count of accelerators (GPUs, TPU chips): before TIME so a GPU-hour composes as GPU·h. */
    DEVICE("device", "GPU"),
    TIME("time", "s"),
    PARAM("param", "param"),
    TOKEN("token", "token"),
    ENERGY("energy", "J"),
    MONEY("money", "USD"),
    /**
     * "Per item": what a plain count times a per-value size (2 × 80 × 8 × 128 × {@code bf16.bytes}) is per.
     * Never shown and ignored by comparisons; a later count of params or tokens cancels it.
     */
    ITEM("item", "item");

    final String label;
    final String symbol;

    BaseDimension(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }
}
