package dev.reckon.chart;

import java.util.List;

/**
 * One line of a chart, as values in base units, in order along x. A series whose values are ranges (the
 * engine's {@code 38..43 %}) is drawn as a band between each point's low and high ends.
 */
record Series(String label, List<Point> points) {

    /** {@code y} is the nominal value; {@code low == y == high} for a point value. */
    record Point(double x, double y, double low, double high) {
        static Point of(double x, double y) {
            return new Point(x, y, y, y);
        }
    }

    Series {
        points = List.copyOf(points);
    }

    boolean band() {
        return points.stream().anyMatch(p -> p.low() != p.high());
    }
}
