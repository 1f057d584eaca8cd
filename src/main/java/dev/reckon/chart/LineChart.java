package dev.reckon.chart;

import dev.reckon.calc.Dimension;
import dev.reckon.calc.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * One or more series y = f(x) sampled evenly along the x axis (evenly in log x on a log axis, so decades get
 * equal detail). A series whose values are ranges is drawn as a band.
 */
final class LineChart {
    private LineChart() {
    }

    static String draw(ChartSpec spec, Evaluation eval) {
        ChartSpec.Axis xAxis = spec.x();
        ChartSpec.Axis yAxis = spec.y();
        String name = xAxis.head().text();
        boolean xLog = Boolean.TRUE.equals(xAxis.log());
        boolean yLog = Boolean.TRUE.equals(yAxis.log());
        Quantity xFrom = eval.value(xAxis.from());
        Dimension xDim = xFrom.dimension();
        double[] xRange = eval.range(xAxis, xLog, xDim);

        List<Series> series = new ArrayList<>();
        Dimension yDim = null;
        Quantity ySample = null;
        ChartSpec.Series first = spec.series().get(0);
        for (ChartSpec.Series s : spec.series()) {
            Sampled sampled = sample(s.expression(), name, xRange, xLog, xFrom, yLog, spec.samples(), eval);
            Dimension d = sampled.first().dimension();
            if (yDim != null && !d.equals(yDim)) {
                throw s.expression().error("'" + s.expression().text() + "' is " + d.describe() + ", but '"
                        + first.expression().text() + "' is " + yDim.describe(), "all series of a chart share its y axis");
            }
            yDim = d;
            ySample = ySample == null ? sampled.first() : ySample;
            series.add(new Series(s.name(), sampled.points()));
        }
        double[] yRange = yAxis.from() != null ? eval.range(yAxis, yLog, yDim) : dataBounds(series, yLog);

        String yTitle = spec.yLabel() != null ? spec.yLabel().text() : series.size() == 1 ? first.name() : "";
        Scale x = Scale.of(xRange[0], xRange[1], xLog, xFrom, eval.unit(xAxis.unit(), xDim, xRange), label(spec.xLabel(), name));
        Scale y = Scale.of(yRange[0], yRange[1], yLog, ySample, eval.unit(yAxis.unit(), yDim, yRange), yTitle);
        String desc = spec.desc() != null ? spec.desc().text() : describe(spec, series, x, y);
        return new Plot(x, y).svg(spec.title().text(), desc, series, List.of());
    }

    /** @param first the first value, whose dimension and time base the whole series shares */
    private record Sampled(List<Series.Point> points, Quantity first) {
    }

    /** The series' values along x; each must be finite with one dimension throughout, and positive on a log axis. */
    private static Sampled sample(Snippet expr, String name, double[] xRange, boolean xLog, Quantity xFrom,
                                  boolean yLog, int samples, Evaluation eval) {
        List<Series.Point> points = new ArrayList<>();
        Quantity first = null;
        for (int i = 0; i < samples; i++) {
            double x = at(xRange, xLog, i / (samples - 1.0));
            Quantity xq = new Quantity(x, xFrom.dimension(), x, x, xFrom.displayBase());
            Quantity y = eval.sample(name, xq, expr);
            if (first == null) {
                first = y;
            } else if (!y.dimension().equals(first.dimension())) {
                throw expr.error("'" + expr.text() + "' changes dimension along the axis: " + first.dimension().describe()
                        + " at first, " + y.dimension().describe() + " at " + name + " = " + Evaluation.text(xq),
                        "a line needs one dimension throughout");
            }
            boolean finite = Double.isFinite(y.value()) && Double.isFinite(y.low()) && Double.isFinite(y.high());
            if (!finite || (yLog && y.low() <= 0)) {
                throw expr.error("'" + expr.text() + "' is " + Evaluation.text(y) + " at " + name + " = "
                        + Evaluation.text(xq) + (yLog ? ", which a log axis cannot show" : ""),
                        yLog ? "drop `log` from y, or narrow the x range" : "narrow the x range to where it is defined");
            }
            points.add(new Series.Point(x, y.value(), y.low(), y.high()));
        }
        return new Sampled(points, first);
    }

    static double at(double[] range, boolean log, double t) {
        if (log) {
            return Math.pow(10, Math.log10(range[0]) + t * (Math.log10(range[1]) - Math.log10(range[0])));
        }
        return range[0] + t * (range[1] - range[0]);
    }

    private static double[] dataBounds(List<Series> series, boolean log) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                min = Math.min(min, p.low());
                max = Math.max(max, p.high());
            }
        }
        return log ? Ticks.logBounds(min, max) : Ticks.linearBounds(min, max);
    }

    static String label(Snippet given, String fallback) {
        return given != null ? given.text() : fallback;
    }

    /** In the author's words: axis titles and series labels, never raw expressions when a label was given. */
    private static String describe(ChartSpec spec, List<Series> series, Scale x, Scale y) {
        List<String> names = series.stream().map(Series::label).toList();
        String subject = spec.yLabel() == null ? join(names)
                : spec.yLabel().text() + (series.size() > 1 ? " (" + join(names) + ")" : "");
        StringBuilder out = new StringBuilder("Line chart of " + subject + " against " + x.title() + " from "
                + x.label(x.min()) + " to " + x.label(x.max()) + (x.log() ? " on a log scale" : "") + ": ");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String who = series.size() == 1 ? subject : s.label();
            out.append(i == 0 ? "" : "; ").append(who).append(" is ").append(value(s.points().get(0), y))
                    .append(" at the start and ")
                    .append(value(s.points().get(s.points().size() - 1), y)).append(" at the end");
        }
        return out.append('.').toString();
    }

    private static String value(Series.Point p, Scale y) {
        return Evaluation.text(new Quantity(p.y(), y.dimension(), p.low(), p.high(), y.displayBase()), y.unit());
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
