package dev.reckon.chart;

import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;

/**
 * Entry point: a chart directive's body in, an inline SVG out. Every value comes from the document's
 * session, so a chart can never disagree with the prose around it.
 */
public final class Charts {

    /** A drawn chart: its title (for a caption) and the SVG markup, ready to inline in HTML. */
    public record Chart(String title, String svg) {
    }

    private Charts() {
    }

    /**
     * Parses and draws a chart.
     *
     * @param firstLine where the body's first line sits in the source file
     * @throws ChartException for a mistake in the spec; the engine's CalcException for one in an expression
     */
    public static Chart render(String body, Origin firstLine, Session session) {
        ChartSpec spec = ChartSpecParser.parse(body, firstLine);
        Evaluation eval = new Evaluation(session);
        String svg = switch (spec.type()) {
            case LINE -> LineChart.draw(spec, eval);
            case ROOFLINE -> Roofline.draw(spec, eval);
        };
        return new Chart(spec.title().text(), svg);
    }
}
