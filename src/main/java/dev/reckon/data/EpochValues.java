package dev.reckon.data;

import dev.reckon.data.EpochDataset.Conversion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Epoch AI's cells as figures in the engine's syntax, computed in decimal so no binary rounding
 * shows: {@code 4800000000000.0} byte/s is {@code 4.8 TB/s}, {@code 784000000000.0} bit/s is
 * {@code 98 GB/s}, {@code 0.41} utilisation is {@code 41 %}.
 */
final class EpochValues {
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};
    private static final Pattern RANGE = Pattern.compile("\\s*([0-9.eE+]+)\\s*(%?)\\s*[-–]\\s*([0-9.eE+]+)\\s*(%?)\\s*");

    /** Longer cells are not numbers Epoch writes; no figure needs more than this power of ten either way. */
    private static final int MAX_DIGITS = 64;
    private static final int MAX_MAGNITUDE = 300;

    private EpochValues() {
    }

    /** Why a cell could not be read; the message names what was expected. */
    static final class BadCell extends Exception {
        BadCell(String message) {
            super(message);
        }
    }

    /** The figure, or null for a cell Epoch leaves empty or zero (its way of saying unknown). */
    static String figure(String cell, Conversion c) throws BadCell {
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (c == Conversion.FRACTION) {
            return fraction(s);
        }
        BigDecimal v = number(s);
        if (v.signum() == 0) {
            return null;
        }
        if (c == Conversion.BITS_PER_SECOND) {
            v = v.divide(BigDecimal.valueOf(8), MathContext.DECIMAL64);
        }
        return format(v, c);
    }

    static BigDecimal number(String s) throws BadCell {
        String t = s.strip();
        if (t.length() > MAX_DIGITS) {
            throw new BadCell("not a number");
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0) {
                throw new BadCell("a negative number");
            }
            // checked before any arithmetic: 1e1000000 would be written out as a million digits
            int magnitude = v.precision() - v.scale();
            if (v.signum() != 0 && (magnitude > MAX_MAGNITUDE || magnitude < -MAX_MAGNITUDE)) {
                throw new BadCell("out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadCell("not a number");
        }
    }

    static String format(BigDecimal v, Conversion c) {
        return switch (c.style) {
            case PLAIN -> plain(v) + " " + c.unit;
            case PREFIXED -> prefixed(v, c.unit);
            case ENGINEERING -> exponent(v, true) + " " + c.unit;
            case SCIENTIFIC -> exponent(v, false) + " " + c.unit;
            case PERCENT -> plain(v.movePointRight(2)) + " %";
        };
    }

    /** {@code 0.41}, {@code 41%}, or a range such as {@code 0.38-0.43} or {@code 38%-43%}. */
    private static String fraction(String s) throws BadCell {
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            return percent(m.group(1), m.group(2)) + ".." + percent(m.group(3), m.group(4)) + " %";
        }
        boolean hasPercent = s.endsWith("%");
        return percent(hasPercent ? s.substring(0, s.length() - 1) : s, hasPercent ? "%" : "") + " %";
    }

    private static String percent(String number, String percentSign) throws BadCell {
        BigDecimal v = number(number);
        if (percentSign.isEmpty()) {
            if (v.compareTo(BigDecimal.ONE) > 0) {
                throw new BadCell("a utilisation above 1 without '%'");
            }
            v = v.movePointRight(2);
        }
        return plain(v);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** With the SI prefix that puts the number in [1, 1000): {@code 989.5 TFLOP/s}. */
    private static String prefixed(BigDecimal v, String unit) {
        int exponent = v.precision() - v.scale() - 1;
        int k = Math.max(0, Math.min(PREFIXES.length - 1, Math.floorDiv(exponent, 3)));
        return plain(v.movePointLeft(3 * k)) + " " + PREFIXES[k] + unit;
    }

    /** {@code 175e9} (exponent a multiple of 3) or {@code 3.14e23}; small numbers stay plain. */
    private static String exponent(BigDecimal v, boolean engineering) {
        int e = v.precision() - v.scale() - 1;
        if (e < 4) {
            return plain(v);
        }
        int shift = engineering ? Math.floorDiv(e, 3) * 3 : e;
        return plain(v.movePointLeft(shift)) + "e" + shift;
    }
}
