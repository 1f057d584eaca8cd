package dev.reckon.data;

/**
 * SI and binary unit prefixes and their factors: the one table both the data set's figures
 * ({@link Figures}) and the calculation engine's units read.
 */
public final class Prefixes {
    private Prefixes() {
    }

    /** The factor of {@code prefix} ({@code ""} is 1); {@code u} is accepted for µ. */
    public static double factor(String prefix) {
        return switch (prefix) {
            case "" -> 1;
            case "k" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            case "P" -> 1e15;
            case "E" -> 1e18;
            case "m" -> 1e-3;
            case "µ", "u" -> 1e-6;
            case "n" -> 1e-9;
            case "Ki" -> 0x1p10;
            case "Mi" -> 0x1p20;
            case "Gi" -> 0x1p30;
            case "Ti" -> 0x1p40;
            case "Pi" -> 0x1p50;
            case "Ei" -> 0x1p60;
            default -> throw new IllegalArgumentException("no unit prefix " + prefix);
        };
    }
}
