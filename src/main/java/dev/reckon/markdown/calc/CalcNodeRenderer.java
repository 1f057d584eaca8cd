package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.calc.CalcException;
import dev.reckon.calc.ListingLine;
import dev.reckon.calc.Rendered;
import dev.reckon.calc.Session;
import dev.reckon.calc.Table;
import dev.reckon.chart.Charts;
import dev.reckon.diag.ReckonException;
import dev.reckon.markdown.PageContext;
import dev.reckon.math.MathRenderer;
import dev.reckon.math.TexException;
import java.util.List;
import java.util.Set;

/** Writes the HTML of calculation directives; the engine computes, this only lays out. */
final class CalcNodeRenderer implements NodeRenderer {
    private final MathRenderer math;

    CalcNodeRenderer(MathRenderer math) {
        this.math = math;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderBlock),
                new NodeRenderingHandler<>(Code.class, this::renderInline));
    }

    private void renderBlock(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        Directive.Kind kind = Directive.of(block);
        if (kind == Directive.Kind.NONE) {
            context.delegateRender();
            return;
        }
        PageContext page = PageContext.KEY.get(context.getDocument());
        Session session = CalcDocument.session(context.getDocument());
        BasedSequence body = Directive.body(block);
        try {
            switch (kind) {
                case DEFINITIONS -> { } // evaluated before rendering; nothing to show
                case LISTING -> writeListing(CalcDocument.listing(context.getDocument(), block), html);
                case TABLE -> writeTable(session.table(body.toString(), Directive.origin(page, body)), html);
                case EQUATION -> writeMath(session.equation(body.toString().strip(), Directive.origin(page, body)),
                        true, page, body, html);
                case CHART -> writeChart(Charts.render(body.toString(), Directive.origin(page, body), session), html);
                default -> throw new IllegalStateException(kind.toString());
            }
        } catch (ReckonException e) {
            CalcDocument.report(page, e); // the engine's errors and the chart spec's alike
        }
    }

    private void renderInline(Code code, NodeRendererContext context, HtmlWriter html) {
        Directive.Kind kind = Directive.of(code);
        if (kind == Directive.Kind.NONE) {
            context.delegateRender();
            return;
        }
        PageContext page = PageContext.KEY.get(context.getDocument());
        Session session = CalcDocument.session(context.getDocument());
        BasedSequence spec = Directive.spec(code);
        try {
            if (kind == Directive.Kind.VALUE) {
                Rendered value = session.value(spec.toString(), Directive.origin(page, spec));
                html.attr("class", "calc-value").attr("title", spec.toString()).withAttr().tag("span");
                html.text(value.text());
                html.closeTag("span");
            } else {
                writeMath(session.equation(spec.toString(), Directive.origin(page, spec)), false, page, spec, html);
            }
        } catch (CalcException e) {
            CalcDocument.report(page, e);
        }
    }


    private void writeMath(String tex, boolean display, PageContext page, BasedSequence at, HtmlWriter html) {
        try {
            html.raw(math.render(tex, display));
            page.markMath();
        } catch (TexException e) {
            // The engine wrote this TeX, so a KaTeX error here is Reckon's bug; still say where.
            page.error("the derived equation is not valid TeX (" + e.getMessage() + "): " + tex,
                    at.getStartOffset(), at.length(), "please report this; meanwhile write the equation by hand");
        }
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
