package dev.reckon.chart;

/**
 * Where values land: across as a fraction of the plot's width (the plot spans the SVG, whose width follows
 * the column), down in pixels from the SVG's top (the plot's height is fixed).
 */
record Frame(Scale x, Scale y, double top, double height) {

    double f(double v) {
        return x.fraction(v);
    }

    /** Pixels below the plot's top edge. */
    double down(double v) {
        return height * (1 - y.fraction(v));
    }

    /** Pixels below the SVG's top edge. */
    double y(double v) {
        return top + down(v);
    }

    double bottom() {
        return top + height;
    }
}
