package dev.reckon.chart;

import dev.reckon.calc.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code key: value} lines of a chart directive; the first mistake is reported where it is. */
final class ChartSpecParser {
    static final List<String> KEYS = List.of("type", "title", "desc", "x", "y", "x-label", "y-label", "samples", "roof");
    private static final int MAX_SAMPLES = 2000;

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
        ChartSpec.Axis x = AxisParser.parse(require("x", whole, "write e.g. `x: N from 1e7 param to 1e12 param, log`"));
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
        List<int[]> parts = colon < 0 ? List.of() : AxisParser.topLevelParts(text, colon + 1, text.length());
        if (colon < 0 || parts.size() != 2) {
            throw value.error("a roof is `label: peak, bandwidth`", "write e.g. `roof: H200: h200.bf16.dense, h200.bandwidth`");
        }
        Snippet label = value.sub(0, colon);
        Snippet peak = value.sub(parts.get(0)[0], parts.get(0)[1]);
        Snippet bandwidth = value.sub(parts.get(1)[0], parts.get(1)[1]);
        for (Snippet s : List.of(label, peak, bandwidth)) {
            if (s.isEmpty()) {
                throw value.error("a roof needs a label, a peak and a bandwidth", "write e.g. `roof: H200: h200.bf16.dense, h200.bandwidth`");
            }
        }
        return new ChartSpec.Roof(label, peak, bandwidth);
    }
}
