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
import dev.reckon.chart.Charts;
import dev.reckon.diag.ReckonException;
import dev.reckon.markdown.math.Formulas;
import dev.reckon.markdown.page.PageContext;
import java.util.List;
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
        return Set.of(RenderingPhase.BODY_TOP);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_TOP) {
            CalcDocument.prepare(document, calculator);
        }
    }

    /** Definitions were evaluated before rendering: only a {@code calc show} block shows anything. */
    private void renderCalc(CalcBlock block, NodeRendererContext context, HtmlWriter html) {
        if (block.isShown()) {
            writeListing(CalcDocument.listing(context.getDocument(), block), html);
        }
    }

    private void renderTable(CalcTableBlock block, NodeRendererContext context, HtmlWriter html) {
        evaluate(block, context, (text, origin, session) -> writeTable(session.table(text, origin), html));
    }

    private void renderEquation(EquationBlock block, NodeRendererContext context, HtmlWriter html) {
        evaluate(block, context, (text, origin, session) ->
                Formulas.writeDerived(session.equation(text.strip(), origin), true, block.body(), context, html));
    }

    private void renderChart(ChartBlock block, NodeRendererContext context, HtmlWriter html) {
        evaluate(block, context, (text, origin, session) -> writeChart(Charts.render(text, origin, session), html));
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
            Rendered value = session(context).value(spec.toString(), CalcDocument.origin(page, spec));
            html.attr("class", "calc-value").attr("title", spec.toString()).withAttr().tag("span");
            html.text(value.text());
            html.closeTag("span");
        } catch (CalcException e) {
            CalcDocument.report(page, e);
        }
    }

    private void renderEquation(InlineEquation code, NodeRendererContext context, HtmlWriter html) {
        BasedSequence spec = code.expression();
        PageContext page = page(context);
        try {
            String tex = session(context).equation(spec.toString(), CalcDocument.origin(page, spec));
            Formulas.writeDerived(tex, false, spec, context, html);
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

    /** A figure whose caption is the chart's title; the SVG inside carries the same title for screen readers. */
    private static void writeChart(Charts.Chart chart, HtmlWriter html) {
        html.line().attr("class", "chart").withAttr().tag("figure").line();
        html.raw(chart.svg());
        html.tag("figcaption").text(chart.title()).closeTag("figcaption").line();
        html.closeTag("figure").line();
    }

    private static void writeListing(List<ListingLine> lines, HtmlWriter html) {
        html.line().attr("class", "calc-listing").withAttr().tag("table").line();
        html.tag("tbody").line();
        for (ListingLine line : lines) {
            html.tag("tr");
            html.tag("td").tag("code").text(line.source()).closeTag("code").closeTag("td");
            html.attr("class", "num").withAttr().tag("td").text(line.text() == null ? "" : line.text()).closeTag("td");
            html.closeTag("tr").line();
        }
        html.closeTag("tbody").line();
        html.closeTag("table").line();
    }

    private static void writeTable(Table table, HtmlWriter html) {
        html.line().attr("class", "calc-table").withAttr().tag("table").line();
        html.tag("thead").tag("tr");
        for (int c = 0; c < table.headers().size(); c++) {
            cell(html, "th", table.numericColumns().get(c), table.headers().get(c));
        }
        html.closeTag("tr").closeTag("thead").line();
        html.tag("tbody").line();
        for (List<Rendered> row : table.rows()) {
            html.tag("tr");
            for (int c = 0; c < row.size(); c++) {
                cell(html, "td", table.numericColumns().get(c), row.get(c).text());
            }
            html.closeTag("tr").line();
        }
        html.closeTag("tbody").line();
        html.closeTag("table").line();
    }

    private static void cell(HtmlWriter html, String tag, boolean numeric, String text) {
        if (numeric) {
            html.attr("class", "num").withAttr();
        }
        html.tag(tag).text(text).closeTag(tag);
    }
}
