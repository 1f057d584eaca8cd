package dev.reckon.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Digit strings in plain text and TeX, from one decision about notation. Works on BigDecimal built from
 * the shortest decimal form of the double, so 1.615 rounds to 1.62 like a person would, and no Locale can
 * change separators.
 *
 * <p>The rules (see {@code package-info}): at most {@code sig} significant digits, without padding zeros
 * unless the author asked for a fixed {@code sig N}; integers below a million print whole; scientific
 * notation from a million up, below a thousandth, and from a thousand up wherever the rounded digits would
 * end in zeros that stand for digits the rounding dropped ({@code 1,099.5 → 1.10 × 10³}, never {@code 1,100}).
 */
final class Numbers {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** {@code 3.17 × 10⁸} is one figure: it never breaks across lines. */
    private static final String TIMES_TEN = Formatter.NO_BREAK + "×" + Formatter.NO_BREAK + "10";
    /** Relative difference below which a rounded number counts as exact (absorbs binary floating-point noise). */
    private static final double EXACT = 1e-9;
    static final double LARGE = 1e6;
    static final double SMALL = 1e-3;
    private static final List<String> SCALE_WORDS = List.of("million", "billion", "trillion");

    private Numbers() {
    }

    /** A number printed both ways. */
    record Digits(String text, String tex) {
    }

    /** {@code v} in the notation the options and its magnitude call for; {@code sci} forces scientific. */
    static Digits number(double v, FormatOptions o, boolean sci) {
        if (o.exact()) {
            return digits(trim(BigDecimal.valueOf(v)));
        }
        if (o.words() && !sci && Math.abs(v) >= LARGE && Math.abs(v) < 1e15) {
            return words(v, o);
        }
        if (sci || needsScientific(v, o)) {
            return scientific(v, o);
        }
        return fixed(v, o);
    }

    /** Whether {@code v} is printed in scientific notation when nothing forces it. */
    static boolean needsScientific(double v, FormatOptions o) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return false;
        }
        if (o.fixedDecimals()) {
            return abs >= 1e15;
        }
        if (abs >= LARGE || abs < SMALL) {
            return true;
        }
        if (isWhole(v, o)) {
            return false;
        }
        // Zeros standing in for dropped digits: the rounded number has more integer digits than significant ones.
        // Below a thousand that reads as the usual "about 300"; from 1,000 on, grouped digits read as exact.
        BigDecimal r = round(v, o);
        return r.abs().compareTo(BigDecimal.TEN.pow(Math.max(3, o.sig()))) >= 0 && !isExact(r, v);
    }

    /** An integer printed whole: unless the author fixed the significant digits. */
    private static boolean isWhole(double v, FormatOptions o) {
        return !o.padded() && Math.abs(v) < LARGE && Math.abs(v - Math.rint(v)) <= EXACT * Math.abs(v);
    }

    private static boolean isExact(BigDecimal rounded, double v) {
        return Math.abs(rounded.doubleValue() - v) <= EXACT * Math.abs(v);
    }

    /** Rounded to the options' significant digits (or decimals); padded with zeros only when asked for. */
    static BigDecimal round(double v, FormatOptions o) {
        BigDecimal bd = BigDecimal.valueOf(v);
        if (o.fixedDecimals()) {
            return bd.setScale(o.dp(), RoundingMode.HALF_UP);
        }
        if (bd.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (isWhole(v, o)) {
            return BigDecimal.valueOf(Math.rint(v)).setScale(0, RoundingMode.HALF_UP);
        }
        BigDecimal r = bd.round(new MathContext(o.sig(), RoundingMode.HALF_UP));
        if (o.padded() && r.precision() < o.sig()) {
            // Significant zeros the author asked for: 1.6 at sig 3 is "1.60".
            r = r.setScale(r.scale() + o.sig() - r.precision());
        } else if (!o.padded() && isExact(r, v)) {
            // Nothing was rounded away, so zeros would claim a precision the value does not have: 4.8, not 4.80.
            r = trim(r);
        }
        return r.scale() < 0 ? r.setScale(0) : r;
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
        int exponent = exponent(v, o);
        return timesPower(mantissa(v, exponent, o), exponent);
    }

    private static Digits mantissa(double v, int exponent, FormatOptions o) {
        return digits(round(BigDecimal.valueOf(v).movePointLeft(exponent).doubleValue(), o));
    }

    private static Digits timesPower(Digits m, int exponent) {
        return new Digits(m.text() + TIMES_TEN + superscript(exponent), m.tex() + " \\times 10^{" + exponent + "}");
    }

    /** {@code 4.2 million}: a mantissa below a thousand and a scale word. */
    private static Digits words(double v, FormatOptions o) {
        int group = Math.min(SCALE_WORDS.size(), (int) Math.floor(Math.log10(Math.abs(v)) / 3) - 1);
        BigDecimal m = round(BigDecimal.valueOf(v).movePointLeft(3 * (group + 1)).doubleValue(), o);
        if (m.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && group < SCALE_WORDS.size()) {
            group++;
            m = round(BigDecimal.valueOf(v).movePointLeft(3 * (group + 1)).doubleValue(), o);
        }
        Digits d = digits(m);
        String word = SCALE_WORDS.get(group - 1);
        return new Digits(d.text() + Formatter.NO_BREAK + word, d.tex() + "\\ \\text{" + word + "}");
    }

    /**
     * A range's two ends, or null when they print alike. In scientific notation the ends share the
     * exponent when they have the same one ({@code 1.5–2.5 × 10²⁵}); otherwise each carries its own and
     * they are joined with "to", as are ends with a minus sign, where a dash would read as one.
     */
    static Digits range(double low, double high, boolean sci, FormatOptions o) {
        boolean to = low < 0 || high < 0;
        double larger = Math.max(Math.abs(low), Math.abs(high));
        Digits lo;
        Digits hi;
        if (!o.exact() && !o.fixedDecimals() && o.words() && !sci && larger >= LARGE && larger < 1e15) {
            int e = 3 * (int) Math.floor(Math.log10(larger) / 3);
            String word = SCALE_WORDS.get(e / 3 - 2);
            lo = fixed(low / Math.pow(10, e), o);
            hi = fixed(high / Math.pow(10, e), o);
            Digits both = join(lo, hi, to);
            return lo.text().equals(hi.text()) ? null : new Digits(both.text() + Formatter.NO_BREAK + word, both.tex() + "\\ \\text{" + word + "}");
        }
        if (!o.exact() && (sci || needsScientific(larger, o) || needsScientific(Math.min(Math.abs(low), Math.abs(high)), o))) {
            int e = exponent(Math.abs(high) >= Math.abs(low) ? high : low, o);
            if (low == 0 || high == 0 || exponent(low, o) == exponent(high, o)) {
                lo = mantissa(low, e, o);
                hi = mantissa(high, e, o);
                return lo.text().equals(hi.text()) ? null : timesPower(join(lo, hi, to), e);
            }
            lo = scientific(low, o);
            hi = scientific(high, o);
            return lo.text().equals(hi.text()) ? null : join(lo, hi, true);
        }
        lo = number(low, o, false);
        hi = number(high, o, false);
        return lo.text().equals(hi.text()) ? null : join(lo, hi, to);
    }

    private static Digits join(Digits lo, Digits hi, boolean to) {
        return to ? new Digits(lo.text() + " to " + hi.text(), lo.tex() + "\\text{ to }" + hi.tex())
                : new Digits(lo.text() + "–" + hi.text(), lo.tex() + "\\text{--}" + hi.tex());
    }

    /** The power of ten {@link #scientific} would print {@code v} with. */
    static int exponent(double v, FormatOptions o) {
        if (v == 0) {
            return 0;
        }
        BigDecimal abs = BigDecimal.valueOf(Math.abs(v));
        int exponent = abs.precision() - abs.scale() - 1;
        if (round(abs.movePointLeft(exponent).doubleValue(), o).abs().compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
        }
        return exponent;
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
