package dev.reckon.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide chart text will be, estimated without a font: per-character widths in em on the generous side
 * of common sans-serif fonts (DejaVu Sans, the widest usual fallback, with tabular digits), so text placed
 * by these estimates does not collide in the reader's browser. The browser layout test checks the result.
 */
final class TextMetrics {
    /** Chart text in CSS pixels; the SVG has no viewBox, so this is the size a reader sees on any screen. */
    static final int FONT_SIZE = 12;
    /** Baseline to baseline for stacked lines of chart text. */
    static final int LINE_HEIGHT = 16;
    /** Above the baseline and below it, for boxes around text: the font's ascent and descent, as browsers measure text boxes. */
    static final double ASCENT = 12;
    static final double DESCENT = 4;

    private TextMetrics() {
    }

    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += em(c);
            i += Character.charCount(c);
        }
        return em * FONT_SIZE;
    }

    /** Axis titles are set in a heavier weight (the theme's {@code .chart-axis-title}), which runs wider. */
    static double titleWidth(String text) {
        return width(text) * 1.08;
    }

    private static double em(int c) {
        if (c >= '0' && c <= '9') {
            return 0.64;
        }
        if ("⁰¹²³⁴⁵⁶⁷⁸⁹⁻".indexOf(c) >= 0) {
            return 0.42;
        }
        if (" \u00A0.,:;'!|ijl".indexOf(c) >= 0) { // the engine's figures use no-break spaces
            return 0.32;
        }
        if ("frt()[]/-–".indexOf(c) >= 0) {
            return 0.44;
        }
        if ("MWmw%@×−".indexOf(c) >= 0) {
            return 0.95;
        }
        if (Character.isUpperCase(c)) {
            return 0.76;
        }
        if (Character.isLowerCase(c)) {
            return 0.62;
        }
        return 0.8;
    }

    /** An axis title broken at spaces into lines no wider than {@code max} (a single long word stays whole). */
    static List<String> wrapTitle(String text, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && titleWidth(candidate) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
