package dev.reckon.calc;

import dev.reckon.data.Prefixes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns values into the strings that appear in articles, plain (Unicode) and TeX from one decision, so
 * prose and equations can never disagree about a number.
 */
public final class Formatter {
    private static final Pattern UNIT_PIECES = Pattern.compile("·|\\^-?\\d+|µ");
    /**
     * Between a number and its unit, around the {@code ×} of {@code 3.17 × 10⁸} and before a scale word
     * ({@code 4.2 million}): a no-break space,
     * so a figure never breaks across lines in prose, tables or charts ({@code 1,979 TFLOP/s}).
     */
    static final String NO_BREAK = "\u00A0";

    private Formatter() {
    }

    /** Formats with the automatic unit rules, or in {@code target} when given. */
    public static Rendered format(Quantity q, Unit target, FormatOptions o) {
        return emit(q, target != null ? UnitChoice.target(q, target, o) : UnitChoice.automatic(q, o), o);
    }

    /**
     * The prefixed unit the automatic rules would pick for {@code q} (e.g. TFLOP/s), or null when the
     * dimension has no prefix ladder. Lets a list of related values share one unit.
     */
    static Unit autoPrefixedUnit(Quantity q) {
        return UnitChoice.autoPrefixedUnit(q);
    }

    /**
     * The unit the automatic rules show {@code q} in (TFLOP/s, s, GPU-hours, ...), for a caller that lays
     * several values out in one unit, such as a chart axis whose ticks must be round in the unit it prints.
     */
    public static Unit automaticUnit(Quantity q) {
        UnitChoice.Shown shown = UnitChoice.automatic(q, FormatOptions.DEFAULT);
        return new Unit(shown.unit(), shown.factor(), q.dimension());
    }

    public static Rendered format(Quantity q, FormatOptions o) {
        return format(q, null, o);
    }

    static Rendered format(Value v, Unit target, FormatOptions o) {
        return switch (v) {
            case Quantity q -> format(q, target, o);
            case Text t -> text(t.value());
            case RecordRef r -> text(r.record().name());
        };
    }

    private static Rendered text(String s) {
        return new Rendered(s, "\\text{" + escapeText(s) + "}");
    }

    /** {@code q} in the chosen unit: one number, or a range's two ends sharing the unit (and exponent). */
    static Rendered emit(Quantity q, UnitChoice.Shown shown, FormatOptions o) {
        if (!q.isRange()) {
            return render(q.value() / shown.factor(), shown.unit(), shown.sci(), o);
        }
        double low = q.low() / shown.factor();
        double high = q.high() / shown.factor();
        FormatOptions at = o;
        Numbers.Digits digits = Numbers.range(low, high, shown.sci(), at);
        // Ends that round alike would print "5–5": show more digits until the range is visible.
        while (digits == null && !at.fixedDecimals() && at.sig() < 15) {
            at = at.withSig(at.sig() + 1);
            digits = Numbers.range(low, high, shown.sci(), at);
        }
        if (digits == null) {
            digits = Numbers.range(low, high, shown.sci(), FormatOptions.upTo(17));
        }
        return withUnit(digits, shown.unit());
    }

    static Rendered render(double number, String unit, boolean sci, FormatOptions o) {
        return withUnit(Numbers.number(number, o, sci), unit);
    }

    /** Digits and a unit, named for the number shown ({@code 1 day}, {@code 2 days}). */
    static Rendered withUnit(Numbers.Digits digits, String unit) {
        if (unit.isEmpty()) {
            return new Rendered(digits.text(), digits.tex());
        }
        if (unit.equals("%")) {
            return new Rendered(digits.text() + "%", digits.tex() + "\\%");
        }
        String named = UnitNames.name(unit, !digits.text().equals("1") && !digits.text().equals("−1"));
        return new Rendered(digits.text() + NO_BREAK + textUnit(named), digits.tex() + "\\," + texUnit(named));
    }

    /** A unit as a label for many values, e.g. an axis title's "(params)": the plural of the engine's one naming rule. */
    public static String unitLabel(String symbol) {
        return textUnit(UnitNames.name(symbol, true));
    }

    /** Exponents as superscripts: {@code s^2} becomes {@code s²}. */
    static String textUnit(String unit) {
        Matcher m = Pattern.compile("\\^(-?\\d+)").matcher(unit);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Numbers.superscript(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code \text{TB}}, but µ, products and powers go to math mode: KaTeX renders them reliably there,
     * whereas non-ASCII glyphs inside {@code \text} depend on the font.
     */
    static String texUnit(String unit) {
        StringBuilder out = new StringBuilder();
        Matcher m = UNIT_PIECES.matcher(unit);
        int last = 0;
        while (m.find()) {
            appendText(out, unit.substring(last, m.start()));
            String piece = m.group();
            if (piece.equals("·")) {
                out.append("\\cdot ");
            } else if (piece.equals("µ")) {
                out.append("\\mu ");
            } else {
                out.append("^{").append(piece.substring(1)).append('}');
            }
            last = m.end();
        }
        appendText(out, unit.substring(last));
        return out.toString().trim();
    }

    private static void appendText(StringBuilder out, String s) {
        if (!s.isEmpty()) {
            out.append("\\text{").append(escapeText(s)).append('}');
        }
    }

    /** Escapes characters that are special inside {@code \text{...}}. */
    static String escapeText(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '_', '$', '%', '&', '#', '{', '}' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
