package dev.reckon.chart;

import java.util.List;

/**
 * Draws the series inside the plot. The plot is a nested SVG stretched to the column's width
 * ({@code preserveAspectRatio="none"}) with strokes that do not scale, so lines and dashes look the same on
 * a phone and a desktop while text beside them stays its own size. Series are told apart by dash pattern
 * and class (each class its own colour in the theme); series that run together over a stretch, such as
 * two accelerators under one compute roof, are drawn a few pixels apart so neither hides the other.
 */
final class SeriesLayer {
    static final String STROKE = "2";
    static final String BAND_OPACITY = "0.2";
    /** Centre to centre between series drawn side by side where they coincide: a 2 px gap between 2 px strokes. */
    static final double SPREAD = 4;
    private static final List<String> DASHES = List.of("none", "7 4", "2 3", "10 3 2 3", "4 2", "12 3 3 3");
    /** Lines within this many pixels of each other for at least {@link #RUN} pixels are drawn apart. */
    private static final double NEAR = 3;
    private static final double RUN = 16;
    private static final double STEP = 2;
    /** Nested plot coordinates across: 0 to this, one decimal printed, so 0.01 % of the width. */
    private static final int ACROSS = 1000;

    private final Frame frame;
    private final List<Series> series;
    private final double[] offsets;

    SeriesLayer(Frame frame, List<Series> series) {
        this.frame = frame;
        this.series = series;
        this.offsets = spread();
    }

    static String style(int index) {
        return "chart-series chart-series-" + (index % DASHES.size() + 1);
    }

    static String dash(int index) {
        return DASHES.get(index % DASHES.size());
    }

    /** Pixels series {@code index} is drawn below (positive) or above its values. */
    double offset(int index) {
        return offsets[index];
    }

    void draw(Svg svg) {
        svg.open("svg", "class", "chart-plot", "y", frame.top(), "width", "100%", "height", frame.height(),
                "viewBox", "0 0 " + ACROSS + " " + Svg.num(frame.height()), "preserveAspectRatio", "none").newline();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.band()) {
                StringBuilder d = new StringBuilder(path(s.points(), i, Edge.HIGH));
                List<Series.Point> back = s.points().reversed();
                d.append(" L").append(path(back, i, Edge.LOW).substring(1)).append(" Z");
                svg.empty("path", "class", style(i) + " chart-band", "d", d.toString(), "fill", "currentColor",
                        "fill-opacity", BAND_OPACITY, "stroke", "none");
                stroke(svg, i, path(s.points(), i, Edge.HIGH), "1.5");
                stroke(svg, i, path(s.points(), i, Edge.LOW), "1.5");
            } else {
                stroke(svg, i, path(s.points(), i, Edge.NOMINAL), STROKE);
            }
        }
        svg.close("svg");
    }

    private void stroke(Svg svg, int index, String d, String width) {
        svg.empty("path", "class", style(index), "d", d, "fill", "none", "stroke", "currentColor", "stroke-width", width,
                "stroke-dasharray", dash(index), "vector-effect", "non-scaling-stroke");
    }

    private enum Edge { LOW, NOMINAL, HIGH }

    private String path(List<Series.Point> points, int index, Edge edge) {
        StringBuilder d = new StringBuilder();
        for (Series.Point p : points) {
            double v = switch (edge) {
                case LOW -> p.low();
                case NOMINAL -> p.y();
                case HIGH -> p.high();
            };
            d.append(d.isEmpty() ? "M" : " L").append(Svg.num(ACROSS * frame.f(p.x()))).append(',')
                    .append(Svg.num(frame.down(v) + offsets[index]));
        }
        return d.toString();
    }

    /** Every drawn line (a band's whole area) as points labels keep clear of. */
    void occupy(LabelSpace space) {
        for (int i = 0; i < series.size(); i++) {
            List<Series.Point> points = series.get(i).points();
            for (int k = 1; k < points.size(); k++) {
                Series.Point a = points.get(k - 1);
                Series.Point b = points.get(k);
                double fa = frame.f(a.x());
                double fb = frame.f(b.x());
                double highA = frame.y(a.high()) + offsets[i];
                double highB = frame.y(b.high()) + offsets[i];
                double lowA = frame.y(a.low()) + offsets[i];
                double lowB = frame.y(b.low()) + offsets[i];
                int steps = (int) Math.ceil(Math.max(Math.abs(fb - fa) * LabelSpace.MIN_WIDTH,
                        Math.max(Math.abs(highB - highA), Math.abs(lowB - lowA))) / STEP);
                for (int s = 0; s <= steps; s++) {
                    double t = steps == 0 ? 0 : (double) s / steps;
                    double f = fa + t * (fb - fa);
                    double high = highA + t * (highB - highA);
                    double low = lowA + t * (lowB - lowA);
                    for (double y = Math.min(high, low); y <= Math.max(high, low) + 1e-9; y += STEP) {
                        space.line(f, y, STEP);
                    }
                    space.line(f, Math.max(high, low), STEP);
                }
            }
        }
    }

    /**
     * Offsets that move apart the lines running together: series within {@link #NEAR} pixels of each other
     * over a stretch of {@link #RUN} pixels (at the narrowest width, where they are closest) form a group,
     * drawn {@link #SPREAD} pixels apart around their true position, in the order they were written. Bands
     * are see-through and keep their place.
     */
    private double[] spread() {
        int n = series.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!series.get(i).band() && !series.get(j).band() && runTogether(series.get(i), series.get(j))) {
                    int from = group[j];
                    for (int k = 0; k < n; k++) {
                        if (group[k] == from) {
                            group[k] = group[i];
                        }
                    }
                }
            }
        }
        double[] offsets = new double[n];
        for (int i = 0; i < n; i++) {
            int size = 0;
            int rank = 0;
            for (int k = 0; k < n; k++) {
                if (group[k] == group[i]) {
                    rank += k < i ? 1 : 0;
                    size++;
                }
            }
            offsets[i] = (rank - (size - 1) / 2.0) * SPREAD;
        }
        return offsets;
    }

    private boolean runTogether(Series a, Series b) {
        double step = STEP / LabelSpace.MIN_WIDTH;
        int near = 0;
        for (double f = 0; f <= 1; f += step) {
            double ya = at(a, f);
            double yb = at(b, f);
            if (Math.abs(ya - yb) < NEAR) { // false when either is NaN (outside the series)
                near++;
            }
        }
        return near * STEP >= RUN;
    }

    /** The series' pixel height at fraction {@code f} across, NaN outside it. */
    private double at(Series s, double f) {
        List<Series.Point> points = s.points();
        for (int k = 1; k < points.size(); k++) {
            double fa = frame.f(points.get(k - 1).x());
            double fb = frame.f(points.get(k).x());
            if (f >= fa && f <= fb) {
                double t = fb == fa ? 0 : (f - fa) / (fb - fa);
                double ya = frame.down(points.get(k - 1).y());
                return ya + t * (frame.down(points.get(k).y()) - ya);
            }
        }
        return Double.NaN;
    }
}
