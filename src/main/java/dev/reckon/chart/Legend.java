package dev.reckon.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The key to a chart's series, above the plot: one swatch (the series' dash and colour, or a band) and its
 * label per entry, entries flowing into rows that fit the narrowest plot, so it never needs to move.
 */
final class Legend {
    static final int ROW_HEIGHT = 18;
    private static final double SWATCH = 24;
    private static final double GAP = 6;
    private static final double SPACING = 16;

    private record Entry(int series, String label, boolean band, double x, int row) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int rows;

    Legend(List<Series> series) {
        double x = 0;
        int row = 0;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double width = SWATCH + GAP + TextMetrics.width(s.label());
            if (x > 0 && x + width > LabelSpace.MIN_WIDTH) {
                row++;
                x = 0;
            }
            entries.add(new Entry(i, s.label(), s.band(), x, row));
            x += width + SPACING;
        }
        rows = series.size() > 1 ? row + 1 : 0;
    }

    /** Height taken above the plot; a single series needs no key. */
    int height() {
        return rows * ROW_HEIGHT;
    }

    void draw(Svg svg, double top) {
        if (rows == 0) {
            return;
        }
        svg.open("g", "class", "chart-legend", "fill", "currentColor").newline();
        for (Entry e : entries) {
            double baseline = top + 13 + e.row() * ROW_HEIGHT;
            double mid = baseline - 4;
            String style = SeriesLayer.style(e.series());
            if (e.band()) {
                svg.empty("rect", "class", style, "x", e.x(), "y", mid - 5, "width", SWATCH, "height", 10.0,
                        "fill", "currentColor", "fill-opacity", SeriesLayer.BAND_OPACITY, "stroke", "currentColor",
                        "stroke-dasharray", SeriesLayer.dash(e.series()));
            } else {
                svg.empty("line", "class", style, "x1", e.x(), "y1", mid, "x2", e.x() + SWATCH, "y2", mid,
                        "stroke", "currentColor", "stroke-width", SeriesLayer.STROKE, "stroke-dasharray", SeriesLayer.dash(e.series()));
            }
            svg.element("text", e.label(), "x", e.x() + SWATCH + GAP, "y", baseline);
        }
        svg.close("g");
    }
}
