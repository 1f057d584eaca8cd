package dev.reckon.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one axis as written, for the {@code x} line and every {@code y} line alike. */
final class AxisParser {
    private static final Pattern FROM = Pattern.compile("(?<![\\w.])from(?![\\w.])");
    private static final Pattern TO = Pattern.compile("(?<![\\w.])to(?![\\w.])");

    private AxisParser() {
    }

    /** {@code head [from A to B][, log | linear][, unit U]}. */
    static ChartSpec.Axis parse(Snippet value) {
        String text = value.text();
        List<int[]> parts = topLevelParts(text, 0, text.length());
        int headEnd = parts.get(0)[1];
        Snippet head = value.sub(0, headEnd);
        Snippet from = null;
        Snippet to = null;
        Matcher f = FROM.matcher(text).region(0, headEnd);
        if (f.find()) {
            head = value.sub(0, f.start());
            Matcher t = TO.matcher(text).region(f.end(), headEnd);
            if (!t.find()) {
                throw value.sub(f.start(), headEnd).error("a range is `from A to B`", "write e.g. `from 1e7 param to 1e12 param`");
            }
            from = value.sub(f.end(), t.start());
            to = value.sub(t.end(), headEnd);
            if (from.isEmpty() || to.isEmpty()) {
                throw value.sub(f.start(), headEnd).error("a range is `from A to B`", "write e.g. `from 1e7 param to 1e12 param`");
            }
        }
        Boolean log = null;
        Snippet unit = null;
        for (int[] p : parts.subList(1, parts.size())) {
            Snippet option = value.sub(p[0], p[1]);
            switch (option.text().split("\\s+", 2)[0]) {
                case "log" -> log = onlyWord(option, true);
                case "linear" -> log = onlyWord(option, false);
                case "unit" -> {
                    unit = value.sub(p[0] + leading(text, p[0]) + "unit".length(), p[1]);
                    if (unit.isEmpty()) {
                        throw option.error("'unit' needs a unit", "write e.g. `unit TFLOP/s`");
                    }
                }
                default -> throw option.error("unknown axis option '" + option.text() + "'",
                        "valid options are: log, linear, unit U (and a range `from A to B` after the expression)");
            }
        }
        return new ChartSpec.Axis(head, from, to, log, unit);
    }

    private static Boolean onlyWord(Snippet option, boolean log) {
        if (!option.text().equals(log ? "log" : "linear")) {
            throw option.error("'" + (log ? "log" : "linear") + "' takes no argument", "separate options with commas");
        }
        return log;
    }

    private static int leading(String text, int from) {
        int n = 0;
        while (from + n < text.length() && Character.isWhitespace(text.charAt(from + n))) {
            n++;
        }
        return n;
    }

    /** Comma-separated parts of {@code [start, end)}, ignoring commas inside parentheses (function arguments). */
    static List<int[]> topLevelParts(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int partStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(new int[] {partStart, i});
                partStart = i + 1;
            }
        }
        parts.add(new int[] {partStart, end});
        return parts;
    }
}
