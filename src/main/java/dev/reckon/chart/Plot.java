package dev.reckon.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one chart as an SVG whose width follows the text column and whose height is fixed, with no
 * viewBox: text is set in CSS pixels and stays {@value TextMetrics#FONT_SIZE} px on a phone and a desktop
 * alike, while positions across are percentages of the width. Top to bottom: the legend, the y axis title,
 * the plot (y tick labels sit on their grid lines inside it, so no margin depends on their width), the x
 * tick labels and the x axis title. Everything is laid out for the narrowest plot ({@link LabelSpace}), so
 * nothing collides or leaves the chart on a wider one. Strokes and fills are {@code currentColor}, so the
 * chart takes the page's colours in light and dark schemes alike.
 */
final class Plot {
    /** The plot's height in pixels: the first, or a taller one when marker labels need the room. */
    private static final List<Integer> PLOT_HEIGHTS = List.of(220, 260, 300);
    private static final double TITLE_GAP = 19;
    private static final double TICK = 4;

    record Marker(int series, double x, double y, String label) {
    }

    private final Scale x;
    private final Scale y;

    Plot(Scale x, Scale y) {
        this.x = x;
        this.y = y;
    }

    String svg(String title, String desc, List<Series> series, List<Marker> markers) {
        Legend legend = new Legend(series);
        List<String> yTitle = TextMetrics.wrap(y.titleWithUnit(), LabelSpace.MIN_WIDTH, true);
        List<String> xTitle = TextMetrics.wrap(x.titleWithUnit(), LabelSpace.MIN_WIDTH, true);
        double yTitleBaseline = legend.height() + 13;
        double top = yTitleBaseline + (yTitle.size() - 1) * TextMetrics.LINE_HEIGHT + TITLE_GAP;
        List<Scale.Tick> xTicks = x.ticks();
        List<Scale.Tick> yTicks = y.ticks();
        // A taller plot when the markers' labels do not all fit beside their points without crossing a series;
        // if none is comfortable, the one whose labels cost least.
        Layout best = null;
        for (int plotHeight : PLOT_HEIGHTS) {
            Layout layout = new Layout(new Frame(x, y, top, plotHeight), series, yTicks, markers);
            if (best == null || layout.markerLabels().cost() < best.markerLabels().cost()) {
                best = layout;
            }
            if (layout.markerLabels().comfortable()) {
                break;
            }
        }
        Frame frame = best.frame();
        double xTitleBaseline = frame.bottom() + 34;
        double height = xTitleBaseline + (xTitle.size() - 1) * TextMetrics.LINE_HEIGHT + 6;

        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart-svg", "width", "100%", "height", height,
                "role", "img", "font-size", TextMetrics.FONT_SIZE).newline();
        svg.element("title", title);
        svg.element("desc", desc);
        legend.draw(svg, 0);
        grid(svg, frame, xTicks, yTicks);
        best.layer().draw(svg);
        svg.open("g", "class", "chart-labels", "fill", "currentColor").newline();
        for (LabelSpace.Text t : xTickLabels(xTicks, frame.bottom() + 16)) {
            text(svg, t, "");
        }
        for (LabelSpace.Text t : best.yLabels()) {
            text(svg, t, "");
        }
        lines(svg, xTitle, "50%", "middle", xTitleBaseline);
        lines(svg, yTitle, "0", "start", yTitleBaseline);
        svg.close("g");
        best.markerLabels().draw(svg);
        return svg.close("svg").toString();
    }

    /** The plot at one height, with everything placed inside it. */
    private record Layout(Frame frame, SeriesLayer layer, List<LabelSpace.Text> yLabels, MarkerLabels markerLabels) {
        Layout(Frame frame, List<Series> series, List<Scale.Tick> yTicks, List<Marker> markers) {
            this(frame, new SeriesLayer(frame, series), new LabelSpace(frame.top(), frame.bottom()), yTicks, markers);
        }

        private Layout(Frame frame, SeriesLayer layer, LabelSpace space, List<Scale.Tick> yTicks, List<Marker> markers) {
            this(frame, layer, yTickLabels(frame, yTicks, space), MarkerLabels.place(frame, layer, space, markers));
        }
    }

    /** Above their grid lines at the left edge, inside the plot: a label's width never decides a margin. */
    private static List<LabelSpace.Text> yTickLabels(Frame frame, List<Scale.Tick> ticks, LabelSpace space) {
        List<LabelSpace.Text> labels = new ArrayList<>();
        for (Scale.Tick t : ticks) {
            LabelSpace.Text label = new LabelSpace.Text(frame.y().label(t), 0, 3, "start", frame.y(t.value()) - 4);
            labels.add(label);
            space.take(label.box());
        }
        return labels;
    }

    private static void grid(Svg svg, Frame frame, List<Scale.Tick> xTicks, List<Scale.Tick> yTicks) {
        svg.open("g", "class", "chart-grid", "stroke", "currentColor", "stroke-opacity", "0.15").newline();
        for (Scale.Tick t : xTicks) {
            String at = Svg.percent(frame.f(t.value()));
            svg.empty("line", "x1", at, "y1", frame.top(), "x2", at, "y2", frame.bottom());
        }
        for (Scale.Tick t : yTicks) {
            double at = frame.y(t.value());
            svg.empty("line", "x1", 0, "y1", at, "x2", "100%", "y2", at);
        }
        svg.close("g");
        svg.open("g", "class", "chart-axes", "stroke", "currentColor").newline();
        svg.empty("line", "x1", 0, "y1", frame.bottom(), "x2", "100%", "y2", frame.bottom());
        svg.empty("line", "x1", 0.5, "y1", frame.top(), "x2", 0.5, "y2", frame.bottom());
        for (Scale.Tick t : xTicks) {
            String at = Svg.percent(frame.f(t.value()));
            svg.empty("line", "x1", at, "y1", frame.bottom(), "x2", at, "y2", frame.bottom() + TICK);
        }
        svg.close("g");
    }

    /**
     * Labels under the x ticks: centred, or flush with the edge they would cross on the narrowest plot;
     * every second (third, ...) tick when neighbours would touch there.
     */
    private List<LabelSpace.Text> xTickLabels(List<Scale.Tick> ticks, double baseline) {
        LabelSpace edges = new LabelSpace(0, Double.MAX_VALUE);
        for (int every = 1; ; every++) {
            List<LabelSpace.Text> out = new ArrayList<>();
            LabelSpace.Box last = null;
            boolean clear = true;
            for (int i = 0; i < ticks.size(); i += every) {
                LabelSpace.Text t = xTickLabel(edges, ticks.get(i), baseline);
                LabelSpace.Box box = t.box();
                clear &= last == null || last.f1() <= box.f0();
                last = box;
                out.add(t);
            }
            if (clear || out.size() <= 1) {
                return out;
            }
        }
    }

    private LabelSpace.Text xTickLabel(LabelSpace edges, Scale.Tick tick, double baseline) {
        String label = x.label(tick);
        double f = x.fraction(tick.value());
        LabelSpace.Text centred = new LabelSpace.Text(label, f, 0, "middle", baseline);
        if (edges.inside(centred.box())) {
            return centred;
        }
        return f < 0.5 ? new LabelSpace.Text(label, f, 0, "start", baseline) : new LabelSpace.Text(label, f, 0, "end", baseline);
    }

    /** One {@code <text>}; further lines are {@code <tspan>}s back at the same x, a line lower. */
    static void text(Svg svg, LabelSpace.Text t, String className) {
        List<Object> position = new ArrayList<>(List.of("x", Svg.percent(t.f())));
        if (t.dx() != 0) {
            position.addAll(List.of("dx", t.dx()));
        }
        List<Object> attributes = new ArrayList<>();
        if (!className.isEmpty()) {
            attributes.addAll(List.of("class", className));
        }
        attributes.addAll(position);
        attributes.addAll(List.of("y", t.baseline()));
        if (!t.anchor().equals("start")) {
            attributes.addAll(List.of("text-anchor", t.anchor()));
        }
        svg.open("text", attributes.toArray()).text(t.lines().get(0));
        for (String line : t.lines().subList(1, t.lines().size())) {
            position.addAll(List.of("dy", TextMetrics.LINE_HEIGHT));
            svg.open("tspan", position.toArray()).text(line).end("tspan");
            position.subList(position.size() - 2, position.size()).clear();
        }
        svg.close("text");
    }

    private static void lines(Svg svg, List<String> lines, String at, String anchor, double baseline) {
        for (int i = 0; i < lines.size(); i++) {
            svg.element("text", lines.get(i), "class", "chart-axis-title", "x", at, "y", baseline + i * TextMetrics.LINE_HEIGHT,
                    "text-anchor", anchor);
        }
    }
}
