package dev.reckon.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marked points (a roofline's ridges) and their labels, each placed as near its point as the others allow
 * ({@link LabelSpace#near}), drawn in its series' class so the label takes the series' colour.
 */
final class MarkerLabels {
    private static final int TRIED_ORDERS_UP_TO = 4;
    /** The cost of a label left out, against one placed far away. */
    private static final int MISSING = 1000;

    private final List<Plot.Marker> markers;
    private final List<double[]> points;
    private final LabelSpace.Placed[] placed;

    private MarkerLabels(List<Plot.Marker> markers, List<double[]> points, LabelSpace.Placed[] placed) {
        this.markers = markers;
        this.points = points;
        this.placed = placed;
    }

    /** Places every marker's label in {@code space}, which already holds the tick labels inside the plot. */
    static MarkerLabels place(Frame frame, SeriesLayer layer, LabelSpace space, List<Plot.Marker> markers) {
        List<double[]> points = new ArrayList<>();
        if (!markers.isEmpty()) {
            layer.occupy(space);
        }
        for (Plot.Marker m : markers) {
            double[] p = {frame.f(m.x()), frame.y(m.y()) + layer.offset(m.series())};
            space.line(p[0], p[1], 5);
            points.add(p);
        }
        return new MarkerLabels(markers, points, place(space, markers, points));
    }

    /** Whether every label found a place that crosses no series. */
    boolean comfortable() {
        for (LabelSpace.Placed p : placed) {
            if (p == null || p.crossesSeries()) {
                return false;
            }
        }
        return true;
    }

    /** The labels' total distance from ideal: rows away, second lines, series crossed, labels left out. */
    int cost() {
        return cost(placed);
    }

    private static int cost(LabelSpace.Placed[] placed) {
        int cost = 0;
        for (LabelSpace.Placed p : placed) {
            cost += p == null ? MISSING : p.cost();
        }
        return cost;
    }

    void draw(Svg svg) {
        if (markers.isEmpty()) {
            return;
        }
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
            Plot.text(svg, placed[i].text(), style + " chart-marker-label");
        }
        svg.close("g");
    }

    /**
     * Labels for the markers, each placed as near its point as the others allow. The order they choose in
     * matters (the first takes the best spot), so up to {@value #TRIED_ORDERS_UP_TO} markers every order is
     * tried and the one with the least total cost kept; beyond that, a few orders that tend to work: highest
     * first (least room above it), and right to left or left to right (labels stacked in a staircase, each
     * leader line passing beside the labels above it).
     */
    private static LabelSpace.Placed[] place(LabelSpace space, List<Plot.Marker> markers, List<double[]> points) {
        List<Integer> byHeight = sorted(markers.size(), Comparator.comparingDouble(i -> points.get(i)[1]));
        List<List<Integer>> orders = markers.size() <= TRIED_ORDERS_UP_TO ? orders(byHeight) : List.of(byHeight,
                sorted(markers.size(), Comparator.comparingDouble(i -> -points.get(i)[0])),
                sorted(markers.size(), Comparator.comparingDouble(i -> points.get(i)[0])));
        List<Integer> best = byHeight;
        int bestCost = Integer.MAX_VALUE;
        for (List<Integer> order : orders) {
            int start = space.placed();
            int cost = cost(placeInOrder(space, markers, points, order));
            space.undo(start);
            if (cost < bestCost) {
                bestCost = cost;
                best = order;
            }
        }
        return placeInOrder(space, markers, points, best);
    }

    private static List<Integer> sorted(int n, Comparator<Integer> by) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        out.sort(by);
        return out;
    }

    private static LabelSpace.Placed[] placeInOrder(LabelSpace space, List<Plot.Marker> markers, List<double[]> points,
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
}
