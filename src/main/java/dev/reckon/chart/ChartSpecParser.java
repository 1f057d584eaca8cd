package dev.reckon.chart;

import dev.reckon.calc.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code key: value} lines of a chart directive; the first mistake is reported where it is. */
final class ChartSpecParser {
    static final List<String> KEYS = List.of("type", "title", "desc", "x", "y", "x-label", "y-label", "samples", "roof");
    private static final Pattern FROM = Pattern.compile("(?<![\\w.])from(?![\\w.])");
    private static final Pattern TO = Pattern.compile("(?<![\\w.])to(?![\\w.])");
    private static final int MAX_SAMPLES = 2000;

    /** A line chart compares a handful of series; more would need a legend taller than the plot. */
    static final int MAX_SERIES = 8;

    private final Map<String, Snippet> single = new LinkedHashMap<>();
    private final List<ChartSpec.Roof> roofs = new ArrayList<>();
    private final List<Snippet> yLines = new ArrayList<>();
    private final Origin first;

    private ChartSpecParser(Origin first) {
        this.first = first;
    }

    static ChartSpec parse(String body, Origin first) {
        return new ChartSpecParser(first).read(body);
    }

    private ChartSpec read(String body) {
        String[] lines = body.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Origin at = first.lineOfBlock(k, line);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw Snippet.of(at, line, 0, line.length()).error("expected `key: value`",
                        "valid keys are: " + String.join(", ", KEYS));
            }
            Snippet key = Snippet.of(at, line, 0, colon);
            Snippet value = Snippet.of(at, line, colon + 1, line.length());
            String name = key.text().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(name)) {
                throw key.error("unknown chart key '" + key.text() + "'", "valid keys are: " + String.join(", ", KEYS));
            }
            if (value.isEmpty()) {
                throw key.error("'" + name + "' has no value", "write `" + name + ": …` or remove the line");
            }
            if (name.equals("roof")) {
                roofs.add(roof(value));
            } else if (name.equals("y")) {
                yLines.add(value);
            } else {
                Snippet earlier = single.putIfAbsent(name, value);
                if (earlier != null) {
                    throw key.error("'" + name + "' is given twice",
                            "it was first given at line " + earlier.origin().line() + "; keep one");
                }
            }
        }
        return build();
    }

    private ChartSpec build() {
        Snippet whole = new Snippet("chart", first);
        Snippet typeText = require("type", whole, "write `type: line` or `type: roofline`");
        ChartSpec.Type type = switch (typeText.text().toLowerCase(Locale.ROOT)) {
            case "line" -> ChartSpec.Type.LINE;
            case "roofline" -> ChartSpec.Type.ROOFLINE;
            default -> throw typeText.error("unknown chart type '" + typeText.text() + "'", "valid types are: line, roofline");
        };
        Snippet title = require("title", whole, "every chart needs a title; it is its caption and accessible name");
        ChartSpec.Axis x = axis(require("x", whole, "write e.g. `x: N from 1e7 param to 1e12 param, log`"));
        if (x.head().isEmpty() || !x.head().text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw (x.head().isEmpty() ? single.get("x") : x.head()).error("the x axis needs a variable name",
                    "write `x: N from 1e7 param to 1e12 param`; the y expression uses N");
        }
        if (x.from() == null) {
            throw single.get("x").error("the x axis needs a range", "write `x: " + x.head().text() + " from A to B`");
        }
        YAxis y = YAxis.read(yLines, whole);
        if (type == ChartSpec.Type.LINE) {
            if (y.series().isEmpty()) {
                throw (yLines.isEmpty() ? whole : yLines.get(0)).error("a line chart needs a y expression",
                        "write e.g. `y: L(" + x.head().text() + "), log`, or `y: label: expression` once per series");
            }
            if (!roofs.isEmpty()) {
                throw roofs.get(0).label().error("'roof' belongs to roofline charts", "write `type: roofline` or remove it");
            }
        } else {
            if (!y.series().isEmpty()) {
                throw y.series().get(0).expression().error("a roofline's y values are computed from its roofs",
                        "keep only the range and options, e.g. `y: from 10 TFLOP/s to 10 PFLOP/s, log`");
            }
            if (roofs.isEmpty()) {
                throw whole.error("a roofline chart needs at least one roof", "write e.g. `roof: H200: h200.bf16.dense, h200.bandwidth`");
            }
        }
        return new ChartSpec(type, title, single.get("desc"), x, y.axis(), y.series(), single.get("x-label"),
                single.get("y-label"), samples(single.get("samples")), List.copyOf(roofs));
    }

    private Snippet require(String key, Snippet whole, String hint) {
        Snippet s = single.get(key);
        if (s == null) {
            throw whole.error("the chart has no '" + key + "'", hint);
        }
        return s;
    }

    private static int samples(Snippet s) {
        if (s == null) {
            return 200;
        }
        int n = s.text().matches("\\d{1,5}") ? Integer.parseInt(s.text()) : -1;
        if (n < 2 || n > MAX_SAMPLES) {
            throw s.error("'samples' needs a whole number from 2 to " + MAX_SAMPLES, "write e.g. `samples: 200`");
        }
        return n;
    }

    /** {@code label: peak, bandwidth}. */
    private static ChartSpec.Roof roof(Snippet value) {
        String text = value.text();
        int colon = text.indexOf(':');
        List<int[]> parts = colon < 0 ? List.of() : topLevelParts(text, colon + 1, text.length());
        if (colon < 0 || parts.size() != 2) {
            throw value.error("a roof is `label: peak, bandwidth`", "write e.g. `roof: H200: h200.bf16.dense, h200.bandwidth`");
        }
        Snippet label = sub(value, 0, colon);
        Snippet peak = sub(value, parts.get(0)[0], parts.get(0)[1]);
        Snippet bandwidth = sub(value, parts.get(1)[0], parts.get(1)[1]);
        for (Snippet s : List.of(label, peak, bandwidth)) {
            if (s.isEmpty()) {
                throw value.error("a roof needs a label, a peak and a bandwidth", "write e.g. `roof: H200: h200.bf16.dense, h200.bandwidth`");
            }
        }
        return new ChartSpec.Roof(label, peak, bandwidth);
    }

    /** {@code head [from A to B][, log | linear][, unit U]}. */
    static ChartSpec.Axis axis(Snippet value) {
        String text = value.text();
        List<int[]> parts = topLevelParts(text, 0, text.length());
        int headEnd = parts.get(0)[1];
        Snippet head = sub(value, 0, headEnd);
        Snippet from = null;
        Snippet to = null;
        Matcher f = FROM.matcher(text).region(0, headEnd);
        if (f.find()) {
            head = sub(value, 0, f.start());
            Matcher t = TO.matcher(text).region(f.end(), headEnd);
            if (!t.find()) {
                throw sub(value, f.start(), headEnd).error("a range is `from A to B`", "write e.g. `from 1e7 param to 1e12 param`");
            }
            from = sub(value, f.end(), t.start());
            to = sub(value, t.end(), headEnd);
            if (from.isEmpty() || to.isEmpty()) {
                throw sub(value, f.start(), headEnd).error("a range is `from A to B`", "write e.g. `from 1e7 param to 1e12 param`");
            }
        }
        Boolean log = null;
        Snippet unit = null;
        for (int[] p : parts.subList(1, parts.size())) {
            Snippet option = sub(value, p[0], p[1]);
            switch (option.text().split("\\s+", 2)[0]) {
                case "log" -> log = onlyWord(option, true);
                case "linear" -> log = onlyWord(option, false);
                case "unit" -> {
                    unit = sub(value, p[0] + leading(text, p[0]) + "unit".length(), p[1]);
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

    static Snippet sub(Snippet s, int start, int end) {
        return Snippet.of(s.origin(), s.text(), start, end);
    }
}
