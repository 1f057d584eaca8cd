package dev.reckon.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code y} lines of a chart: each is {@code [label:] [expression] [from A to B][, log | linear][, unit U]}.
 * Lines with an expression are series; the axis options may sit on any line (an author comparing BF16 with
 * FP8 naturally writes {@code log} on both), and where given more than once they must agree.
 */
record YAxis(ChartSpec.Axis axis, List<ChartSpec.Series> series) {

    static YAxis read(List<Snippet> lines, Snippet whole) {
        List<ChartSpec.Series> series = new ArrayList<>();
        Map<String, Snippet> labels = new HashMap<>();
        Snippet from = null;
        Snippet to = null;
        Boolean log = null;
        Snippet logAt = null;
        Snippet unit = null;
        for (Snippet line : lines) {
            int colon = line.text().indexOf(':');
            Snippet label = colon < 0 ? null : ChartSpecParser.sub(line, 0, colon);
            Snippet rest = colon < 0 ? line : ChartSpecParser.sub(line, colon + 1, line.text().length());
            if (label != null && label.isEmpty()) {
                throw line.error("the series label before ':' is empty", "write `y: BF16: expression`, or drop the ':'");
            }
            ChartSpec.Axis a = ChartSpecParser.axis(rest);
            if (a.head().isEmpty() && label != null) {
                throw line.error("the series '" + label.text() + "' has no expression", "write `y: " + label.text() + ": expression`");
            }
            if (!a.head().isEmpty()) {
                if (label != null) {
                    Snippet earlier = labels.putIfAbsent(label.text(), label);
                    if (earlier != null) {
                        throw label.error("two series are labelled '" + label.text() + "'",
                                "the first is at line " + earlier.origin().line() + "; give each series its own label");
                    }
                }
                series.add(new ChartSpec.Series(label, a.head()));
            }
            if (a.from() != null) {
                agree(from, a.from(), "range start");
                agree(to, a.to(), "range end");
                from = a.from();
                to = a.to();
            }
            if (a.log() != null) {
                if (log != null && !log.equals(a.log())) {
                    throw optionError(rest, logAt, "the y axis is both log and linear");
                }
                log = a.log();
                logAt = rest;
            }
            if (a.unit() != null) {
                agree(unit, a.unit(), "unit");
                unit = a.unit();
            }
        }
        if (series.size() > 1) {
            for (ChartSpec.Series s : series) {
                if (s.label() == null) {
                    throw s.expression().error("with several series, each needs a label for the legend",
                            "write `y: label: " + s.expression().text() + "`");
                }
            }
        }
        if (series.size() > ChartSpecParser.MAX_SERIES) {
            throw series.get(ChartSpecParser.MAX_SERIES).expression().error("a chart shows at most "
                    + ChartSpecParser.MAX_SERIES + " series", "split the comparison into two charts");
        }
        Snippet none = new Snippet("", whole.origin());
        return new YAxis(new ChartSpec.Axis(none, from, to, log, unit), List.copyOf(series));
    }

    /** The same option written twice must say the same thing. */
    private static void agree(Snippet earlier, Snippet now, String what) {
        if (earlier != null && !earlier.text().equals(now.text())) {
            throw optionError(now, earlier, "the y axis's " + what + " is given twice: '" + earlier.text() + "' and '"
                    + now.text() + "'");
        }
    }

    private static ChartException optionError(Snippet at, Snippet earlier, String message) {
        return at.error(message, "the first is at line " + earlier.origin().line()
                + "; axis options (range, log or linear, unit) apply to every series: write them once");
    }
}
