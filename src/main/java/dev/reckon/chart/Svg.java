package dev.reckon.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A minimal SVG writer. Coordinates are printed with one fixed decimal through BigDecimal, which no
 * Locale affects, so identical input gives byte-identical markup.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    /** {@code <name a="v" ...>}; attributes come as name, value pairs. */
    Svg open(String name, Object... attributes) {
        tag(name, attributes);
        out.append(">");
        return this;
    }

    Svg empty(String name, Object... attributes) {
        tag(name, attributes);
        out.append("/>\n");
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding only text, e.g. {@code <title>}. */
    Svg element(String name, String text, Object... attributes) {
        open(name, attributes);
        out.append(escape(text));
        return close(name);
    }

    /** Character data inside the element last opened. */
    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Closes an element without the newline, for elements inside text. */
    Svg end(String name) {
        out.append("</").append(name).append(">");
        return this;
    }

    Svg newline() {
        out.append('\n');
        return this;
    }

    private void tag(String name, Object[] attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object v = attributes[i + 1];
            String text = v instanceof Double d ? num(d) : v.toString();
            out.append(' ').append(attributes[i]).append("=\"").append(escape(text)).append('"');
        }
    }

    static String num(double v) {
        String s = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A fraction of the width as a percentage with two decimals: a hundredth of a pixel on a 1,000 px column. */
    static String percent(double fraction) {
        String s = BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return (s.equals("-0") ? "0" : s) + "%";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
