package dev.reckon.markdown.calc;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.calc.CalcException;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.ListingLine;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Rendered;
import dev.reckon.calc.Session;
import dev.reckon.calc.Table;
import dev.reckon.calc.Trace;
import dev.reckon.chart.Charts;
import dev.reckon.diag.ReckonException;
import dev.reckon.markdown.math.Formulas;
import dev.reckon.markdown.page.Numbers;
import dev.reckon.markdown.page.PageContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the HTML of calculation directives; the engine computes, this only lays out. Before the
 * body renders (flexmark's {@code BODY_TOP} phase, where its footnotes take their own pre-pass), the
 * document's definition blocks run, so prose may use a value defined further down.
 */
final class CalcNodeRenderer implements PhasedNodeRenderer {
    private final Calculator calculator;

    CalcNodeRenderer(DataHolder options) {
        this.calculator = CalcExtension.CALCULATOR.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(CalcBlock.class, this::renderCalc),
                new NodeRenderingHandler<>(CalcTableBlock.class, this::renderTable),
                new NodeRenderingHandler<>(EquationBlock.class, this::renderEquation),
                new NodeRenderingHandler<>(ChartBlock.class, this::renderChart),
                new NodeRenderingHandler<>(InlineValue.class, this::renderValue),
                new NodeRenderingHandler<>(InlineEquation.class, this::renderEquation));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP, RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_TOP) {
            CalcDocument.prepare(document, calculator);
        } else if (phase == RenderingPhase.BODY_BOTTOM) {
            FigureSources sources = CalcDocument.sources(document);
            if (sources.linked() && !sources.entries().isEmpty()) {
                SourcesSection.write(html, sources.entries());
            }
        }
    }

    /** Definitions were evaluated before rendering: only a {@code calc show} block shows anything. */
    private void renderCalc(CalcBlock block, NodeRendererContext context, HtmlWriter html) {
        if (block.isShown()) {
            List<ListingLine> lines = CalcDocument.listing(context.getDocument(), block);
            FigureSources.Entry entry = ComputedItems.listing(sources(context), block.body().toString(), lines);
            writeListing(lines, html);
            sources(context).blockLink(html, entry);
        }
    }

    private void renderTable(CalcTableBlock block, NodeRendererContext context, HtmlWriter html) {
        evaluate(block, context, (text, origin, session) -> {
            Session.Traced<Table> table = session.traced(() -> session.table(text, origin));
            FigureSources.Entry entry = ComputedItems.table(sources(context), text, table.result(), table.trace());
            writeTable(table.result(), html);
            sources(context).blockLink(html, entry);
        });
    }

    private void renderEquation(EquationBlock block, NodeRendererContext context, HtmlWriter html) {
        evaluate(block, context, (text, origin, session) -> {
            String spec = text.strip();
            Session.Traced<String> tex = session.traced(() -> session.equation(spec, origin));
            FigureSources.Entry entry = ComputedItems.equation(sources(context), spec, origin, session, tex.trace());
            Formulas.writeDerived(tex.result(), true, block.body(), context, html);
            sources(context).blockLink(html, entry);
        });
    }

    private void renderChart(ChartBlock block, NodeRendererContext context, HtmlWriter html) {
        Optional<Numbers.Number> number = Numbers.of(context.getDocument()).of(block);
        evaluate(block, context, (text, origin, session) -> {
            Session.Traced<Charts.Chart> chart = session.traced(() -> Charts.render(block.spec(), origin, session));
            FigureSources.Entry entry = sources(context).add("chart", chart.result().title(), null, chart.trace(), List.of());
            writeChart(chart.result(), number, html);
            sources(context).blockLink(html, entry);
        });
    }

    /** What a directive block does with its text; the engine's errors and a chart spec's alike are reported. */
    @FunctionalInterface
    private interface BlockWork {
        void run(String text, Origin origin, Session session);
    }

    private static void evaluate(DirectiveBlock block, NodeRendererContext context, BlockWork work) {
        BasedSequence body = block.body();
        PageContext page = page(context);
        try {
            work.run(body.toString(), CalcDocument.origin(page, body), session(context));
        } catch (ReckonException e) {
            CalcDocument.report(page, e);
        }
    }

    private void renderValue(InlineValue code, NodeRendererContext context, HtmlWriter html) {
        BasedSequence spec = code.expression();
        PageContext page = page(context);
        try {
            Session session = session(context);
            String text = spec.toString();
            Origin origin = CalcDocument.origin(page, spec);
            Session.Traced<Rendered> value = session.traced(() -> session.value(text, origin));
            // The sources show the expression as written; in a table cell its \| was read as " |".
            String written = text.replaceAll("\\s+\\|", " |");
            FigureSources.Entry entry = ComputedItems.value(sources(context), written, origin, value.result().text(), value.trace());
            sources(context).open(html, entry, "calc-value");
            html.text(value.result().text());
            sources(context).close(html);
        } catch (CalcException e) {
            CalcDocument.report(page, e);
        }
    }

    private void renderEquation(InlineEquation code, NodeRendererContext context, HtmlWriter html) {
        BasedSequence spec = code.expression();
        PageContext page = page(context);
        try {
            Session session = session(context);
            String text = spec.toString();
            Origin origin = CalcDocument.origin(page, spec);
            Session.Traced<String> tex = session.traced(() -> session.equation(text, origin));
            FigureSources.Entry entry = ComputedItems.equation(sources(context), text, origin, session, tex.trace());
            sources(context).open(html, entry, "calc-value calc-equation-sources");
            Formulas.writeDerived(tex.result(), false, spec, context, html);
            sources(context).close(html);
        } catch (CalcException e) {
            CalcDocument.report(page, e);
        }
    }

    private static PageContext page(NodeRendererContext context) {
        return PageContext.KEY.get(context.getDocument());
    }

    private static Session session(NodeRendererContext context) {
        return CalcDocument.session(context.getDocument());
    }

    private static FigureSources sources(NodeRendererContext context) {
        return CalcDocument.sources(context.getDocument());
    }

    /**
     * A figure whose caption is the chart's title ("Figure 1: title" when it is numbered); the SVG
     * inside carries the same title for screen readers.
     */
    private static void writeChart(Charts.Chart chart, Optional<Numbers.Number> number, HtmlWriter html) {
        html.line().attr("class", "chart");
        number.ifPresent(n -> html.attr("id", n.id()));
        html.withAttr().tag("figure").line();
        html.raw(chart.svg());
        html.tag("figcaption");
        number.ifPresent(n -> html.attr("class", "figure-number").withAttr().tag("span").text(n.text() + ":").closeTag("span").text(" "));
        html.text(chart.title()).closeTag("figcaption").line();
        html.closeTag("figure").line();
    }

    private static void writeListing(List<ListingLine> lines, HtmlWriter html) {
        html.line().attr("class", "calc-listing").withAttr().tag("table").line();
        html.tag("tbody").line();
        for (ListingLine line : lines) {
            html.tag("tr");
            html.tag("td").tag("code").text(line.source()).closeTag("code").closeTag("td");
            cell(html, "td", true, line.text() == null ? "" : line.text(), tooltip(line.source(), line.trace()));
            html.closeTag("tr").line();
        }
        html.closeTag("tbody").line();
        html.closeTag("table").line();
    }

    private static void writeTable(Table table, HtmlWriter html) {
        html.line().attr("class", "calc-table").withAttr().tag("table").line();
        html.tag("thead").tag("tr");
        for (int c = 0; c < table.headers().size(); c++) {
            cell(html, "th", table.numericColumns().get(c), table.headers().get(c), null);
        }
        html.closeTag("tr").closeTag("thead").line();
        html.tag("tbody").line();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Rendered> row = table.rows().get(r);
            html.tag("tr");
            for (int c = 0; c < row.size(); c++) {
                cell(html, "td", table.numericColumns().get(c), row.get(c).text(),
                        tooltip(ComputedItems.cellExpression(table, r, c), table.traces().get(r).get(c)));
            }
            html.closeTag("tr").line();
        }
        html.closeTag("tbody").line();
        html.closeTag("table").line();
    }

    /** @param title what the cell's number was made of, or null */
    private static void cell(HtmlWriter html, String tag, boolean numeric, String text, String title) {
        if (numeric) {
            html.attr("class", "num");
        }
        if (title != null) {
            html.attr("title", title);
        }
        html.withAttr().tag(tag).text(text).closeTag(tag);
    }

    /** A cell's tooltip: only for a number made of data figures or formulas (a name or a constant says nothing more). */
    private static String tooltip(String expression, Trace trace) {
        return trace.figures().isEmpty() && trace.citations().isEmpty() ? null : FigureSources.tooltip(expression, trace);
    }
}
