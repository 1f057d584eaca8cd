package dev.reckon.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Digit strings in plain text and TeX. Works on BigDecimal built from the shortest decimal form of the
 * double, so 1.615 rounds to 1.62 like a person would, and no Locale can change separators.
 */
final class Numbers {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** {@code 3.17 × 10⁸} is one figure: it never breaks across lines. */
    private static final String TIMES_TEN = Formatter.NO_BREAK + "×" + Formatter.NO_BREAK + "10";

    private Numbers() {
    }

    /** A number printed both ways. */
    record Digits(String text, String tex) {
    }

    static BigDecimal round(double v, FormatOptions o) {
        BigDecimal bd = BigDecimal.valueOf(v);
        if (o.fixedDecimals()) {
            return bd.setScale(o.dp(), RoundingMode.HALF_UP);
        }
        if (bd.signum() == 0) {
            return BigDecimal.ZERO;
        }
        bd = bd.round(new MathContext(o.sig(), RoundingMode.HALF_UP));
        if (bd.signum() != 0 && bd.precision() < o.sig()) {
            // Significant zeros are information: 1.6 at 3 sig is "1.60".
            bd = bd.setScale(bd.scale() + o.sig() - bd.precision());
        }
        return bd.scale() < 0 ? bd.setScale(0) : bd;
    }

    static Digits fixed(double v, FormatOptions o) {
        return digits(round(v, o));
    }

    static Digits digits(BigDecimal rounded) {
        boolean negative = rounded.signum() < 0;
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        String text = (negative ? "−" : "") + group(intPart, ",") + frac;
        String tex = (negative ? "-" : "") + group(intPart, "{,}") + frac;
        return new Digits(text, tex);
    }

    /** {@code m × 10^e} with 1 ≤ |m| < 10 after rounding. */
    static Digits scientific(double v, FormatOptions o) {
        if (v == 0) {
            return fixed(0, o);
        }
        BigDecimal abs = BigDecimal.valueOf(Math.abs(v));
        int exponent = abs.precision() - abs.scale() - 1;
        BigDecimal mantissa = round(abs.movePointLeft(exponent).doubleValue(), o);
        if (mantissa.abs().compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = round(abs.movePointLeft(exponent).doubleValue(), o);
        }
        if (v < 0) {
            mantissa = mantissa.negate();
        }
        Digits m = digits(mantissa);
        return new Digits(m.text() + TIMES_TEN + superscript(exponent), m.tex() + " \\times 10^{" + exponent + "}");
    }

    /**
     * Inputs of a derived equation: up to 6 significant digits, trailing zeros trimmed, and powers of ten
     * in multiples of 3 (405 × 10⁹) so the reader can map them onto giga/tera without counting digits.
     */
    static Digits engineering(double v) {
        if (v == 0) {
            return new Digits("0", "0");
        }
        double abs = Math.abs(v);
        FormatOptions six = FormatOptions.sig(6);
        if (abs >= 1e-3 && abs < 1e4) {
            return digits(trim(round(v, six)));
        }
        BigDecimal rounded = BigDecimal.valueOf(abs).round(new MathContext(6, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        int exp3 = Math.floorDiv(exponent, 3) * 3;
        BigDecimal mantissa = trim(rounded.movePointLeft(exp3));
        if (v < 0) {
            mantissa = mantissa.negate();
        }
        Digits m = digits(mantissa);
        return new Digits(m.text() + TIMES_TEN + superscript(exp3), m.tex() + " \\times 10^{" + exp3 + "}");
    }

    private static BigDecimal trim(BigDecimal bd) {
        BigDecimal t = bd.stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String group(String digits, String separator) {
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int head = digits.length() % 3;
        if (head > 0) {
            out.append(digits, 0, head);
        }
        for (int i = head; i < digits.length(); i += 3) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(digits, i, i + 3);
        }
        return out.toString();
    }
}
