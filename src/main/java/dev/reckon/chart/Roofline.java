package dev.reckon.chart;

import dev.reckon.calc.Dimension;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The roofline model: at arithmetic intensity I an accelerator attains min(peak, I × bandwidth). The ridge
 * point, peak / bandwidth, is where a kernel stops waiting on memory; it is marked and labelled.
 */
final class Roofline {
    private static final String DEFAULT_Y = "Attainable throughput";

    private Roofline() {
    }

    /** A roof whose peak or bandwidth is a range is drawn as a band between its low and high attainable lines. */
    private record Roof(String label, Quantity peak, Quantity bandwidth, Quantity ridge) {
        Series.Point at(double intensity) {
            return new Series.Point(intensity, Math.min(peak.value(), intensity * bandwidth.value()),
                    Math.min(peak.low(), intensity * bandwidth.low()), Math.min(peak.high(), intensity * bandwidth.high()));
        }

        /** Where the nominal line and each edge of a band bend: ends and ridges in between, in order. */
        List<Double> bends(double[] range) {
            TreeSet<Double> xs = new TreeSet<>(List.of(range[0], range[1]));
            for (double ridge : new double[] {ridge.value(), peak.low() / bandwidth.low(), peak.high() / bandwidth.high()}) {
                if (ridge > range[0] && ridge < range[1]) {
                    xs.add(ridge);
                }
            }
            return List.copyOf(xs);
        }
    }

    static String draw(ChartSpec spec, Evaluation eval) {
        ChartSpec.Axis xAxis = spec.x();
        boolean xLog = !Boolean.FALSE.equals(xAxis.log());
        Quantity xFrom = eval.value(xAxis.from());
        Dimension xDim = xFrom.dimension();
        double[] xRange = eval.range(xAxis, xLog, xDim);

        List<Roof> roofs = new ArrayList<>();
        for (ChartSpec.Roof r : spec.roofs()) {
            roofs.add(roof(r, eval, xDim, roofs.isEmpty() ? null : roofs.get(0).peak().dimension()));
        }
        Dimension yDim = roofs.get(0).peak().dimension();
        ChartSpec.Axis yAxis = spec.y();
        boolean yLog = yAxis.log() == null ? xLog : yAxis.log();
        double[] yRange = yAxis.from() != null ? eval.range(yAxis, yLog, yDim) : dataBounds(roofs, xRange, yLog);

        Scale x = Scale.of(xRange[0], xRange[1], xLog, xFrom, eval.unit(xAxis.unit(), xDim),
                LineChart.label(spec.xLabel(), xAxis.head().text()));
        Scale y = Scale.of(yRange[0], yRange[1], yLog, roofs.get(0).peak(), eval.unit(yAxis.unit(), yDim), LineChart.label(spec.yLabel(), DEFAULT_Y));
        List<Series> series = new ArrayList<>();
        List<Plot.Marker> markers = new ArrayList<>();
        for (Roof roof : roofs) {
            List<Series.Point> points = new ArrayList<>();
            for (double bend : roof.bends(xRange)) {
                points.add(roof.at(bend));
            }
            double ridge = roof.ridge().value();
            if (ridge > xRange[0] && ridge < xRange[1]) {
                markers.add(new Plot.Marker(series.size(), ridge, roof.peak().value(),
                        roof.label() + " ridge " + Evaluation.text(roof.ridge(), x.unit())));
            }
            series.add(new Series(roof.label(), points));
        }
        String desc = spec.desc() != null ? spec.desc().text() : describe(roofs, x, y.unit());
        return new Plot(x, y).svg(spec.title().text(), desc, series, markers);
    }

    private static Roof roof(ChartSpec.Roof r, Evaluation eval, Dimension xDim, Dimension peakDim) {
        Quantity peak = eval.value(r.peak());
        Quantity bandwidth = eval.value(r.bandwidth());
        if (peakDim != null && !peak.dimension().equals(peakDim)) {
            throw r.peak().error("this peak is " + peak.dimension().describe() + ", but the first roof's is "
                    + peakDim.describe(), "all roofs of a chart share the y axis");
        }
        Dimension ratio = peak.dimension().divide(bandwidth.dimension());
        if (!ratio.equals(xDim)) {
            throw r.peak().error("peak ÷ bandwidth is " + ratio.describe() + ", but the x axis is " + xDim.describe(),
                    "a roof is `label: peak, bandwidth`, e.g. `roof: H200: h200.bf16.dense, h200.bandwidth` over FLOP/B");
        }
        positive(r.peak(), peak);
        positive(r.bandwidth(), bandwidth);
        Quantity ridge = new Quantity(peak.value() / bandwidth.value(), xDim, peak.low() / bandwidth.high(),
                peak.high() / bandwidth.low(), null);
        return new Roof(r.label().text(), peak, bandwidth, ridge);
    }

    private static void positive(Snippet at, Quantity q) {
        if (!(q.low() > 0) || !Double.isFinite(q.high())) {
            throw at.error("'" + at.text() + "' is " + Evaluation.text(q) + "; a roof needs a positive peak and bandwidth",
                    "check the expression");
        }
    }

    private static double[] dataBounds(List<Roof> roofs, double[] xRange, boolean log) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Roof roof : roofs) {
            min = Math.min(min, roof.at(xRange[0]).low());
            max = Math.max(max, roof.at(xRange[1]).high());
        }
        // Headroom above the highest roof keeps its flat part and ridge marker off the frame.
        return log ? Ticks.logBounds(min, max * 1.5) : Ticks.linearBounds(0, max * 1.1);
    }

    private static String describe(List<Roof> roofs, Scale x, Unit yUnit) {
        StringBuilder out = new StringBuilder("Roofline chart: attainable throughput is the lesser of the peak and "
                + "arithmetic intensity × memory bandwidth, for " + x.title() + " from "
                + x.label(x.min()) + " to " + x.label(x.max()) + (x.log() ? " on log scales" : "") + ".");
        for (Roof roof : roofs) {
            out.append(' ').append(roof.label()).append(": peak ").append(Evaluation.text(roof.peak(), yUnit))
                    .append(", bandwidth ").append(Evaluation.text(roof.bandwidth()))
                    .append(", ridge point ").append(Evaluation.text(roof.ridge(), x.unit())).append('.');
        }
        return out.toString();
    }
}
