package dev.reckon.chart;

import java.util.List;

/**
 * A parsed chart directive; every part keeps its source position. Values are still expression text:
 * they are evaluated when the chart is drawn, against the document's session.
 *
 * @param desc   the author's description for screen readers, or null to generate one from the data
 * @param y      the y axis's range and options, gathered from every {@code y} line; its head is empty
 * @param series a line chart's series, in the order written; empty for a roofline
 * @param xLabel the x axis title, or null for the x variable's name
 * @param yLabel the y axis title, or null for the series' label or expression (line) or "attainable throughput" (roofline)
 */
record ChartSpec(Type type, Snippet title, Snippet desc, Axis x, Axis y, List<Series> series, Snippet xLabel,
                 Snippet yLabel, int samples, List<Roof> roofs) {

    enum Type { LINE, ROOFLINE }

    /**
     * One axis as written: {@code head [from A to B][, log | linear][, unit U]}.
     *
     * @param head the x variable's name, a y series' expression, or empty
     * @param from null when the range is left to the data
     * @param log  null when the scale is left to the default
     * @param unit null for the engine's automatic units
     */
    record Axis(Snippet head, Snippet from, Snippet to, Boolean log, Snippet unit) {
    }

    /**
     * One line of a line chart: {@code y: [label:] expression}.
     *
     * @param label null when the author gave none (allowed only for a chart's single series)
     */
    record Series(Snippet label, Snippet expression) {

        /** What the legend, axis title and description call this series. */
        String name() {
            return label != null ? label.text() : expression.text();
        }
    }

    /** One accelerator of a roofline: {@code label: peak, bandwidth}. */
    record Roof(Snippet label, Snippet peak, Snippet bandwidth) {
    }
}
