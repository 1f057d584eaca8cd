package dev.reckon.check;

import dev.reckon.calc.CalcException;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.Dimension;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Session;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with a unit typed into prose ("141 GB", "4.8TB/s", "3.14 × 10²³ FLOPs"). Whether a word
 * is a unit is decided by the engine itself (it evaluates {@code 1 <word>}), so the checker's vocabulary
 * is always the one directives accept. Dimensionless results (percentages, constants) are not figures.
 * Thread-safe: pages are rendered in parallel.
 */
final class HandTypedFigures {
    /**
     * A number not glued to a word before it ("H100", "v1.2"), an optional "× 10²³" / "× 10^23" / "e23",
     * an optional space, and a word that may be a unit, with an optional "/word".
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,])"
                    + "(?<mantissa>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?[×x*·]\\s?10(?<exp>\\^[-−]?\\d+|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[eE](?<e>[-+]?\\d+))?"
                    + "(?<space>[ \\u00A0\\u202F\\u2009]?)"
                    + "(?<unit>[\\p{L}µ$][\\p{L}µ]*(?:/[\\p{L}µ]+)?)"
                    + "(?![\\p{L}\\p{N}_])");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Calculator calculator;
    private final DataValues data;
    private final Map<String, Optional<Quantity>> units = new ConcurrentHashMap<>();

    HandTypedFigures(Calculator calculator, DataValues data) {
        this.calculator = calculator;
        this.data = data;
    }

    /** A figure found in a text: {@code start}/{@code end} are offsets into that text. */
    record Figure(int start, int end, String written, Quantity value, List<String> directives) {
    }

    List<Figure> find(CharSequence text) {
        return find(text, "");
    }

    /** @param context the prose around {@code text} (its paragraph), to rank data matches it names */
    List<Figure> find(CharSequence text, String context) {
        String lowerContext = context.toLowerCase(java.util.Locale.ROOT);
        List<Figure> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String unitWord = m.group("unit");
            // Glued single letters are prose, not units: "1990s", "7B" (billions), "24h" is rare enough.
            if (m.group("space").isEmpty() && unitWord.length() < 2) {
                continue;
            }
            Optional<Quantity> unit = unit(unitWord);
            if (unit.isEmpty()) {
                continue;
            }
            BigDecimal mantissa = new BigDecimal(m.group("mantissa").replace(",", ""));
            int exponent = exponent(m);
            double value = mantissa.scaleByPowerOfTen(exponent).doubleValue() * unit.get().value();
            Quantity q = Quantity.of(value, unit.get().dimension());
            found.add(new Figure(m.start(), m.end(), m.group(), q,
                    data.matching(mantissa, exponent, unit.get(), unitWord, lowerContext)));
        }
        return found;
    }

    /** One of the unit word, or empty when the engine does not read it as a unit with a dimension. */
    private Optional<Quantity> unit(String word) {
        return units.computeIfAbsent(word, w -> {
            // A Session is not thread-safe; a fresh one per new word is cheap and only happens once per word.
            Session session = calculator.newSession();
            try {
                Quantity one = session.evaluate("1 " + w, Origin.inline("1 " + w));
                // A count of GPUs ("8 GPUs") is as ordinary in prose as any other count.
                boolean count = one.dimension().isDimensionless() || one.dimension().equals(Dimension.DEVICE);
                return count ? Optional.empty() : Optional.of(one);
            } catch (CalcException e) {
                return Optional.empty();
            }
        });
    }

    private static int exponent(Matcher m) {
        if (m.group("e") != null) {
            return Integer.parseInt(m.group("e").replace("+", ""));
        }
        String exp = m.group("exp");
        if (exp == null) {
            return 0;
        }
        if (exp.startsWith("^")) {
            return Integer.parseInt(exp.substring(1).replace('−', '-'));
        }
        StringBuilder digits = new StringBuilder();
        for (char c : exp.toCharArray()) {
            digits.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return Integer.parseInt(digits.toString());
    }

    /**
     * Whether {@code written} is {@code value} as an author copying it would type it: rounded to the written
     * decimals, or cut off there ("989.5" copied as "989").
     */
    static boolean sameAsWritten(double value, BigDecimal written) {
        if (!Double.isFinite(value)) {
            return false;
        }
        BigDecimal exact = new BigDecimal(Double.toString(value));
        int scale = Math.max(0, written.scale());
        return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(written) == 0
                || exact.setScale(scale, RoundingMode.DOWN).compareTo(written) == 0;
    }
}
