package dev.reckon.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one chart: frame, grid, ticks and axis titles around a plot area, series clipped to it by a
 * nested {@code <svg>} (no ids needed, so several charts share a page safely). Strokes and fills are
 * {@code currentColor}, so the chart takes the page's text colour in light and dark schemes alike.
 */
final class Plot {
    static final int WIDTH = 480;
    static final int HEIGHT = 310;
    private static final int FONT_SIZE = 12;
    /** Room for y tick labels such as "100 TFLOP/s" on the left, half an x tick label on the right. */
    private static final int LEFT = 86;
    private static final int RIGHT = 50;
    /** The y axis title sits above the axis, horizontal, so it needs no width beside the tick labels. */
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final int PLOT_W = WIDTH - LEFT - RIGHT;
    private static final int PLOT_H = HEIGHT - TOP - BOTTOM;
    /** Series after the first are told apart by dash pattern as well as class, so colour is never needed. */
    /** An upper estimate of a character's width at the chart's font size, for keeping labels apart. */
    private static final double CHAR_WIDTH = 0.58 * FONT_SIZE;
    private static final int LINE_HEIGHT = 13;
    private static final List<String> DASHES = List.of("none", "6 4", "2 3", "10 3 2 3");

    record Series(String label, List<double[]> points) {
    }

    record Marker(double x, double y, String label) {
    }

    private final Scale x;
    private final Scale y;

    Plot(Scale x, Scale y) {
        this.x = x;
        this.y = y;
    }

    private double px(double v) {
        return PLOT_W * x.fraction(v);
    }

    private double py(double v) {
        return PLOT_H * (1 - y.fraction(v));
    }

    String svg(String title, String desc, List<Series> series, List<Marker> markers) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart-svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "role", "img", "font-size", FONT_SIZE).newline();
        svg.element("title", title);
        svg.element("desc", desc);
        axes(svg);
        svg.open("svg", "x", LEFT, "y", TOP, "width", PLOT_W, "height", PLOT_H, "overflow", "hidden").newline();
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), i);
        }
        svg.close("svg");
        List<double[]> taken = lineBoxes(series);
        for (Marker m : markers) {
            marker(svg, m, taken);
        }
        if (series.size() > 1) {
            legend(svg, series);
        }
        return svg.close("svg").toString();
    }

    private void axes(Svg svg) {
        List<Double> xTicks = x.ticks();
        List<Double> yTicks = y.ticks();
        svg.open("g", "class", "chart-grid", "stroke", "currentColor", "stroke-opacity", "0.15").newline();
        for (double t : xTicks) {
            double at = LEFT + px(t);
            svg.empty("line", "x1", at, "y1", (double) TOP, "x2", at, "y2", (double) TOP + PLOT_H);
        }
        for (double t : yTicks) {
            double at = TOP + py(t);
            svg.empty("line", "x1", (double) LEFT, "y1", at, "x2", (double) LEFT + PLOT_W, "y2", at);
        }
        svg.close("g");
        svg.open("g", "class", "chart-axes", "stroke", "currentColor").newline();
        svg.empty("line", "x1", LEFT, "y1", TOP + PLOT_H, "x2", LEFT + PLOT_W, "y2", TOP + PLOT_H);
        svg.empty("line", "x1", LEFT, "y1", TOP, "x2", LEFT, "y2", TOP + PLOT_H);
        for (double t : xTicks) {
            double at = LEFT + px(t);
            svg.empty("line", "x1", at, "y1", (double) TOP + PLOT_H, "x2", at, "y2", TOP + PLOT_H + 4.0);
        }
        for (double t : yTicks) {
            double at = TOP + py(t);
            svg.empty("line", "x1", LEFT - 4.0, "y1", at, "x2", (double) LEFT, "y2", at);
        }
        svg.close("g");
        svg.open("g", "class", "chart-labels", "fill", "currentColor").newline();
        int every = labelEvery(xTicks);
        for (int i = 0; i < xTicks.size(); i += every) {
            double t = xTicks.get(i);
            svg.element("text", x.label(t), "x", LEFT + px(t), "y", TOP + PLOT_H + 17.0, "text-anchor", "middle");
        }
        for (double t : yTicks) {
            svg.element("text", y.label(t), "x", LEFT - 7.0, "y", TOP + py(t) + 4, "text-anchor", "end");
        }
        svg.element("text", x.titleWithUnit(), "class", "chart-axis-title", "x", LEFT + PLOT_W / 2.0, "y", HEIGHT - 6.0,
                "text-anchor", "middle");
        svg.element("text", y.titleWithUnit(), "class", "chart-axis-title", "x", 6, "y", TOP - 12.0);
        svg.close("g");
    }

    /** 1 to label every x tick, 2 for every other one, ... so that neighbouring labels never overlap. */
    private int labelEvery(List<Double> ticks) {
        if (ticks.size() < 2) {
            return 1;
        }
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, x.label(t).length() * CHAR_WIDTH);
        }
        double spacing = px(ticks.get(1)) - px(ticks.get(0));
        return Math.max(1, (int) Math.ceil((widest + 8) / spacing));
    }

    private void line(Svg svg, Series s, int index) {
        StringBuilder d = new StringBuilder();
        for (double[] p : s.points()) {
            d.append(d.isEmpty() ? "M" : " L").append(Svg.num(px(p[0]))).append(',').append(Svg.num(py(p[1])));
        }
        svg.empty("path", "class", "chart-series chart-series-" + (index + 1), "d", d.toString(), "fill", "none",
                "stroke", "currentColor", "stroke-width", "2", "stroke-dasharray", DASHES.get(index % DASHES.size()));
    }

    /**
     * A point with its label below and beside it, moved down a row at a time until it clears the labels
     * already placed and the lines, so neighbouring ridges of a roofline stay legible.
     */
    private void marker(Svg svg, Marker m, List<double[]> taken) {
        double cx = LEFT + px(m.x());
        double cy = TOP + py(m.y());
        svg.empty("circle", "class", "chart-marker", "cx", cx, "cy", cy, "r", "3.5", "fill", "currentColor");
        double width = m.label().length() * CHAR_WIDTH;
        boolean right = cx + 6 + width > WIDTH - 2; // would run off the chart: put it left of the point
        double x0 = right ? cx - 6 - width : cx + 6;
        double baseline = cy + 15;
        while (baseline < TOP + PLOT_H && collides(taken, x0, baseline - LINE_HEIGHT + 2, x0 + width, baseline + 2)) {
            baseline += LINE_HEIGHT;
        }
        taken.add(new double[] {x0, baseline - LINE_HEIGHT + 2, x0 + width, baseline + 2});
        svg.element("text", m.label(), "class", "chart-marker-label", "x", right ? cx - 6 : cx + 6, "y", baseline,
                "fill", "currentColor", "text-anchor", right ? "end" : "start");
    }

    /** The lines as small boxes (x0, y0, x1, y1 in chart coordinates) a few pixels apart, for label placement. */
    private List<double[]> lineBoxes(List<Series> series) {
        List<double[]> boxes = new ArrayList<>();
        for (Series s : series) {
            for (int i = 1; i < s.points().size(); i++) {
                double ax = LEFT + px(s.points().get(i - 1)[0]);
                double ay = TOP + py(s.points().get(i - 1)[1]);
                double bx = LEFT + px(s.points().get(i)[0]);
                double by = TOP + py(s.points().get(i)[1]);
                int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / 3);
                for (int k = 0; k <= steps; k++) {
                    double t = steps == 0 ? 0 : (double) k / steps;
                    double cx = ax + t * (bx - ax);
                    double cy = ay + t * (by - ay);
                    boxes.add(new double[] {cx - 1, cy - 1, cx + 1, cy + 1});
                }
            }
        }
        return boxes;
    }

    private static boolean collides(List<double[]> boxes, double x0, double y0, double x1, double y1) {
        for (double[] b : boxes) {
            if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) {
                return true;
            }
        }
        return false;
    }

    private void legend(Svg svg, List<Series> series) {
        svg.open("g", "class", "chart-legend", "fill", "currentColor").newline();
        for (int i = 0; i < series.size(); i++) {
            double at = TOP + 16.0 + 16 * i;
            svg.empty("line", "class", "chart-series chart-series-" + (i + 1), "x1", LEFT + 10.0, "y1", at - 4, "x2",
                    LEFT + 34.0, "y2", at - 4, "stroke", "currentColor", "stroke-width", "2",
                    "stroke-dasharray", DASHES.get(i % DASHES.size()));
            svg.element("text", series.get(i).label(), "x", LEFT + 40.0, "y", at);
        }
        svg.close("g");
    }
}
