package dev.reckon.chart;

import dev.reckon.calc.Dimension;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Unit;
import java.util.ArrayList;
import java.util.List;

/** y = f(x) sampled evenly along the x axis (evenly in log x on a log axis, so decades get equal detail). */
final class LineChart {
    private LineChart() {
    }

    static String draw(ChartSpec spec, Evaluation eval) {
        ChartSpec.Axis xAxis = spec.x();
        ChartSpec.Axis yAxis = spec.y();
        String name = xAxis.head().text();
        boolean xLog = Boolean.TRUE.equals(xAxis.log());
        boolean yLog = Boolean.TRUE.equals(yAxis.log());
        Quantity from = eval.value(xAxis.from());
        double[] xRange = eval.range(xAxis, xLog, from.dimension());
        Dimension xDim = from.dimension();

        List<double[]> points = new ArrayList<>();
        Dimension yDim = null;
        for (int i = 0; i < spec.samples(); i++) {
            double x = at(xRange, xLog, i / (spec.samples() - 1.0));
            Quantity xq = Quantity.of(x, xDim);
            Quantity y = eval.sample(name, xq, yAxis.head());
            if (yDim == null) {
                yDim = y.dimension();
            } else if (!y.dimension().equals(yDim)) {
                throw yAxis.head().error("'" + yAxis.head().text() + "' changes dimension along the axis: "
                        + yDim.describe() + " at first, " + y.dimension().describe() + " at " + name + " = " + Evaluation.text(xq),
                        "a line needs one dimension throughout");
            }
            if (!Double.isFinite(y.value()) || (yLog && y.value() <= 0)) {
                throw yAxis.head().error("'" + yAxis.head().text() + "' is " + Evaluation.text(y) + " at " + name + " = "
                        + Evaluation.text(xq) + (yLog ? ", which a log axis cannot show" : ""),
                        yLog ? "drop `log` from y, or narrow the x range" : "narrow the x range to where it is defined");
            }
            points.add(new double[] {x, y.value()});
        }
        double[] yRange = yAxis.from() != null ? eval.range(yAxis, yLog, yDim) : dataBounds(points, yLog);

        Unit xUnit = eval.unit(xAxis.unit(), xDim, xRange);
        Unit yUnit = eval.unit(yAxis.unit(), yDim, yRange);
        Scale x = new Scale(xRange[0], xRange[1], xLog, xDim, xUnit, label(spec.xLabel(), name));
        Scale y = new Scale(yRange[0], yRange[1], yLog, yDim, yUnit, label(spec.yLabel(), yAxis.head().text()));
        String desc = spec.desc() != null ? spec.desc().text() : describe(name, yAxis.head().text(), x, yUnit, points, yDim);
        return new Plot(x, y).svg(spec.title().text(), desc, List.of(new Plot.Series(yAxis.head().text(), points)), List.of());
    }

    static double at(double[] range, boolean log, double t) {
        if (log) {
            return Math.pow(10, Math.log10(range[0]) + t * (Math.log10(range[1]) - Math.log10(range[0])));
        }
        return range[0] + t * (range[1] - range[0]);
    }

    private static double[] dataBounds(List<double[]> points, boolean log) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double[] p : points) {
            min = Math.min(min, p[1]);
            max = Math.max(max, p[1]);
        }
        return log ? Ticks.logBounds(min, max) : Ticks.linearBounds(min, max);
    }

    static String label(Snippet given, String fallback) {
        return given != null ? given.text() : fallback;
    }

    private static String describe(String name, String expr, Scale x, Unit yUnit, List<double[]> points, Dimension yDim) {
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        return "Line chart of " + expr + " against " + name + " from " + x.label(x.min())
                + " to " + x.label(x.max()) + (x.log() ? " on a log scale" : "") + ": "
                + expr + " is " + Evaluation.text(Quantity.of(first[1], yDim), yUnit) + " at the start and "
                + Evaluation.text(Quantity.of(last[1], yDim), yUnit) + " at the end.";
    }
}
