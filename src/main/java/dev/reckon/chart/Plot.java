package dev.reckon.chart;

import java.util.ArrayList;
import java.util.Comparator;
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
    static final int PLOT_HEIGHT = 220;
    private static final double TITLE_GAP = 19;
    private static final double TICK = 4;
    private static final int TRIED_ORDERS_UP_TO = 4;
    /** The cost of a label left out, against one placed far away. */
    private static final int MISSING = 1000;

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
        Frame frame = new Frame(x, y, top, PLOT_HEIGHT);
        double xTitleBaseline = frame.bottom() + 34;
        double height = xTitleBaseline + (xTitle.size() - 1) * TextMetrics.LINE_HEIGHT + 6;

        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart-svg", "width", "100%", "height", height,
                "role", "img", "font-size", TextMetrics.FONT_SIZE).newline();
        svg.element("title", title);
        svg.element("desc", desc);
        legend.draw(svg, 0);
        LabelSpace space = new LabelSpace(frame.top(), frame.bottom());
        List<LabelSpace.Text> labels = new ArrayList<>();
        List<Scale.Tick> xTicks = x.ticks();
        List<Scale.Tick> yTicks = y.ticks();
        grid(svg, frame, xTicks, yTicks);
        SeriesLayer layer = new SeriesLayer(frame, series);
        layer.draw(svg);
        labels.addAll(xTickLabels(xTicks, frame.bottom() + 16));
        for (Scale.Tick t : yTicks) {
            // Above its grid line at the left edge: a label's width never decides a margin.
            LabelSpace.Text label = new LabelSpace.Text(y.label(t), 0, 3, "start", frame.y(t.value()) - 4);
            labels.add(label);
            space.take(label.box());
        }
        svg.open("g", "class", "chart-labels", "fill", "currentColor").newline();
        for (LabelSpace.Text t : labels) {
            text(svg, t, "");
        }
        lines(svg, xTitle, "50%", "middle", xTitleBaseline);
        lines(svg, yTitle, "0", "start", yTitleBaseline);
        svg.close("g");
        if (!markers.isEmpty()) {
            layer.occupy(space);
            markers(svg, frame, layer, space, markers);
        }
        return svg.close("svg").toString();
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

    private static void markers(Svg svg, Frame frame, SeriesLayer layer, LabelSpace space, List<Marker> markers) {
        List<double[]> points = new ArrayList<>();
        for (Marker m : markers) {
            double[] p = {frame.f(m.x()), frame.y(m.y()) + layer.offset(m.series())};
            space.line(p[0], p[1], 5);
            points.add(p);
        }
        LabelSpace.Placed[] placed = place(space, markers, points);
        svg.open("g", "class", "chart-markers", "fill", "currentColor").newline();
        for (int i = 0; i < markers.size(); i++) {
            double[] p = points.get(i);
            String style = SeriesLayer.style(markers.get(i).series());
            svg.empty("circle", "class", style + " chart-marker", "cx", Svg.percent(p[0]), "cy", p[1], "r", "3.5",
                    "fill", "currentColor");
            if (placed[i] == null) {
                continue;
            }
            if (placed[i].hasLeader()) {
                svg.empty("line", "class", style + " chart-leader", "x1", Svg.percent(p[0]), "y1", p[1],
                        "x2", Svg.percent(p[0]), "y2", placed[i].leaderTo(), "stroke", "currentColor", "stroke-width", "1");
            }
            text(svg, placed[i].text(), style + " chart-marker-label");
        }
        svg.close("g");
    }

    /**
     * Labels for the markers, each placed as near its point as the others allow. The order they choose in
     * matters (the first takes the best spot), so up to {@value #TRIED_ORDERS_UP_TO} markers every order is
     * tried and the one with the least total cost kept; beyond that, the highest marker, with the least room
     * above it, chooses first.
     */
    private static LabelSpace.Placed[] place(LabelSpace space, List<Marker> markers, List<double[]> points) {
        List<Integer> byHeight = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            byHeight.add(i);
        }
        byHeight.sort(Comparator.comparingDouble(i -> points.get(i)[1]));
        List<Integer> best = byHeight;
        if (markers.size() <= TRIED_ORDERS_UP_TO) {
            int bestCost = Integer.MAX_VALUE;
            for (List<Integer> order : orders(byHeight)) {
                int start = space.placed();
                int cost = 0;
                for (LabelSpace.Placed p : placeInOrder(space, markers, points, order)) {
                    cost += p == null ? MISSING : p.cost();
                }
                space.undo(start);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = order;
                }
            }
        }
        return placeInOrder(space, markers, points, best);
    }

    private static LabelSpace.Placed[] placeInOrder(LabelSpace space, List<Marker> markers, List<double[]> points,
                                                    List<Integer> order) {
        LabelSpace.Placed[] placed = new LabelSpace.Placed[markers.size()];
        for (int i : order) {
            placed[i] = space.near(points.get(i)[0], points.get(i)[1], markers.get(i).label());
        }
        return placed;
    }

    /** Every order of {@code items}, starting with the given one. */
    private static List<List<Integer>> orders(List<Integer> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            Integer first = rest.remove(i);
            for (List<Integer> tail : orders(rest)) {
                List<Integer> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    /** One {@code <text>}; further lines are {@code <tspan>}s back at the same x, a line lower. */
    private static void text(Svg svg, LabelSpace.Text t, String className) {
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
