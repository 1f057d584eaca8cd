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
    private static final List<String> BIG = List.of("", "k", "M", "G", "T", "P", "E");
    private static final List<String> WITH_SMALL = List.of("n", "µ", "m", "", "k", "M", "G", "T", "P", "E");
    private static final List<String> TIME_LADDER = List.of("ns", "µs", "ms", "s");

    /** Dimensions printed with an SI prefix chosen so the mantissa lies in [1, 1000). */
    private static final Map<Dimension, String> PREFIXED = Map.of(
            Dimension.INFORMATION, "B",
            Dimension.INFORMATION.divide(Dimension.TIME), "B/s",
            Dimension.FLOP.divide(Dimension.TIME), "FLOP/s",
            Dimension.OP.divide(Dimension.TIME), "OP/s",
            Dimension.ENERGY, "J",
            Dimension.POWER, "W");

    private static final Pattern UNIT_PIECES = Pattern.compile("·|\\^-?\\d+|µ");
    /**
     * Between a number and its unit, and around the {@code ×} of {@code 3.17 × 10⁸}: a no-break space,
     * so a figure never breaks across lines in prose, tables or charts ({@code 1,979 TFLOP/s}).
     */
    static final String NO_BREAK = "\u00A0";

    private Formatter() {
    }

    /** Formats with the automatic unit rules, or in {@code target} when given. */
    public static Rendered format(Quantity q, Unit target, FormatOptions o) {
        if (target != null) {
            double scaled = q.value() / target.factor();
            double abs = Math.abs(scaled);
            boolean sci = o.sci() || abs >= 1e15 || (abs > 0 && abs < 1e-6);
            return render(scaled, target.symbol(), sci, o);
        }
        double v = q.value();
        double abs = Math.abs(v);
        Dimension d = q.dimension();
        String prefixedBase = PREFIXED.get(d);
        if (prefixedBase != null && !o.sci()) {
            List<String> ladder = d.equals(Dimension.ENERGY) || d.equals(Dimension.POWER) ? WITH_SMALL : BIG;
            return withPrefix(v, prefixedBase, ladder, o);
        }
        if (d.equals(Dimension.TIME) && !o.sci() && abs < 1e4) {
            return withTimeUnit(v, o);
        }
        String unit = d.symbol();
        boolean sci = o.sci() || abs >= (d.equals(Dimension.TIME) ? 1e4 : 1e6) || (abs > 0 && abs < 1e-3);
        if (!unit.isEmpty() && v != 1) {
            // "1.75 × 10¹¹ params" reads as English; "B/param" keeps the singular after the slash.
            unit = unit.replaceFirst("^(param|token)", "$1s");
        }
        return render(v, unit, sci, o);
    }

    /**
     * The prefixed unit the automatic rules would pick for {@code q} (e.g. TFLOP/s), or null when the
     * dimension has no prefix ladder. Lets a list of related values share one unit.
     */
    static Unit autoPrefixedUnit(Quantity q) {
        String base = PREFIXED.get(q.dimension());
        if (base == null) {
            return null;
        }
        List<String> ladder = q.dimension().equals(Dimension.ENERGY) || q.dimension().equals(Dimension.POWER) ? WITH_SMALL : BIG;
        String prefix = ladder.get(prefixIndex(Math.abs(q.value()), ladder));
        return new Unit(prefix + base, Prefixes.factor(prefix), q.dimension());
    }

    private static int prefixIndex(double abs, List<String> ladder) {
        int index = ladder.indexOf("");
        if (abs > 0) {
            for (int k = 0; k < ladder.size(); k++) {
                if (Prefixes.factor(ladder.get(k)) <= abs) {
                    index = k;
                }
            }
            if (abs < Prefixes.factor(ladder.get(0))) {
                index = 0;
            }
        }
        return index;
    }

    static Rendered format(Value v, Unit target, FormatOptions o) {
        return switch (v) {
            case Quantity q -> format(q, target, o);
            case Text t -> new Rendered(t.value(), "\\text{" + escapeText(t.value()) + "}");
        };
    }

    private static Rendered withPrefix(double v, String base, List<String> ladder, FormatOptions o) {
        int index = prefixIndex(Math.abs(v), ladder);
        double scaled = v / Prefixes.factor(ladder.get(index));
        // Rounding can carry into the next prefix (999.7 GB at 3 sig is "1.00 TB", not "1,000 GB").
        if (index + 1 < ladder.size() && Numbers.round(scaled, o).abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            index++;
            scaled = v / Prefixes.factor(ladder.get(index));
        }
        double scaledAbs = Math.abs(scaled);
        boolean sci = scaledAbs > 0 && (scaledAbs < 1e-3 || scaledAbs >= 1e6);
        return render(scaled, ladder.get(index) + base, sci, o);
    }

    private static Rendered withTimeUnit(double v, FormatOptions o) {
        double abs = Math.abs(v);
        if (abs == 0 || abs >= 1) {
            return render(v, "s", false, o);
        }
        if (abs < 1e-9) {
            return render(v, "s", true, o);
        }
        int index = 0;
        for (int k = 0; k < TIME_LADDER.size(); k++) {
            if (Units.require(TIME_LADDER.get(k)).factor() <= abs) {
                index = k;
            }
        }
        double scaled = v / Units.require(TIME_LADDER.get(index)).factor();
        if (index + 1 < TIME_LADDER.size() && Numbers.round(scaled, o).abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            index++;
            scaled = v / Units.require(TIME_LADDER.get(index)).factor();
        }
        return render(scaled, TIME_LADDER.get(index), false, o);
    }

    static Rendered render(double number, String unit, boolean sci, FormatOptions o) {
        Numbers.Digits digits = sci ? Numbers.scientific(number, o) : Numbers.fixed(number, o);
        return withUnit(digits, unit);
    }

    static Rendered withUnit(Numbers.Digits digits, String unit) {
        if (unit.isEmpty()) {
            return new Rendered(digits.text(), digits.tex());
        }
        if (unit.equals("%")) {
            return new Rendered(digits.text() + "%", digits.tex() + "\\%");
        }
        return new Rendered(digits.text() + NO_BREAK + textUnit(unit), digits.tex() + "\\," + texUnit(unit));
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
