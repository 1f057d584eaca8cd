package dev.reckon.data;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough reading of a figure such as {@code "989.5 TFLOP/s"} to sanity-check the data set
 * without the expression engine: the leading number, and the unit split into a prefix scale and a
 * base ({@code TFLOP/s} = 10¹² × {@code FLOP/s}). Anything subtler is the engine's job.
 */
final class Figures {
    private Figures() {
    }

    private static final String NUMBER = "[0-9][0-9_]*(?:\\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?";
    /** A number, or a range {@code low..high} with one unit after the high end ({@code 38..43 %}). */
    private static final Pattern FIGURE =
            Pattern.compile("\\s*(" + NUMBER + ")(?:\\s*\\.\\.\\s*(" + NUMBER + "))?\\s*(.*?)\\s*");

    /** Longest first, so {@code Gi} wins over {@code G}. */
    private static final List<String> PREFIXES = List.of("Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "k", "M", "G", "T", "P", "E");

    /**
     * A leading number (or range) and the (possibly empty) unit text after it.
     *
     * @param number the value, or a range's low end
     * @param high   a range's high end; equal to {@code number} for a point value
     * @param text   the number or range as written, e.g. {@code 38..43}
     */
    record Figure(double number, double high, String text, String unit) {
        boolean isRange() {
            return text.contains("..");
        }

        /** The unit without its SI or binary prefix, e.g. {@code FLOP/s} for {@code TFLOP/s}. */
        String baseUnit() {
            String p = prefix();
            return unit.substring(p.length());
        }

        /** The number (a range's low end) in base units. */
        double scaled() {
            return number * Prefixes.factor(prefix());
        }

        /** A range's high end (a point's value) in base units. */
        double scaledHigh() {
            return high * Prefixes.factor(prefix());
        }

        private String prefix() {
            for (String p : PREFIXES) {
                if (unit.startsWith(p) && unit.length() > p.length() && Character.isLetter(unit.charAt(p.length()))) {
                    return p;
                }
            }
            return "";
        }
    }

    static Optional<Figure> parse(String expression) {
        Matcher m = FIGURE.matcher(expression);
        if (!m.matches()) {
            return Optional.empty();
        }
        double low = Double.parseDouble(m.group(1).replace("_", ""));
        double high = m.group(2) == null ? low : Double.parseDouble(m.group(2).replace("_", ""));
        String text = m.group(2) == null ? m.group(1) : m.group(1) + ".." + m.group(2);
        return Optional.of(new Figure(low, high, text, m.group(3)));
    }
}
