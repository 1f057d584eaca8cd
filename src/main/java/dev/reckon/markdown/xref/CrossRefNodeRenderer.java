package dev.reckon.markdown.xref;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.diag.DidYouMean;
import dev.reckon.markdown.calc.CalcTableBlock;
import dev.reckon.markdown.calc.EquationBlock;
import dev.reckon.markdown.math.DisplayMath;
import dev.reckon.markdown.math.MathFence;
import dev.reckon.markdown.page.Labelled;
import dev.reckon.markdown.page.Numbers;
import dev.reckon.markdown.page.PageContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers a page's labelled blocks before its body renders (flexmark's {@code BODY_TOP} phase), then
 * writes references as links and puts each numbered block in its frame: an equation in a
 * {@code div.equation} with its number beside it, a captioned table in a {@code figure.table} with
 * its caption above. The blocks themselves are written by their own extensions
 * ({@code delegateRender}); a chart writes its own number into its caption.
 */
final class CrossRefNodeRenderer implements PhasedNodeRenderer {
    CrossRefNodeRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(CrossRef.class, this::renderReference),
                new NodeRenderingHandler<>(TableCaption.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(DisplayMath.class, this::renderEquation),
                new NodeRenderingHandler<>(MathFence.class, this::renderEquation),
                new NodeRenderingHandler<>(EquationBlock.class, this::renderEquation),
                new NodeRenderingHandler<>(TableBlock.class, this::renderTable),
                new NodeRenderingHandler<>(CalcTableBlock.class, this::renderTable));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_TOP) {
            number(document, PageContext.KEY.get(document));
        }
    }

    /** Numbers each kind from 1 in document order; a label of the wrong kind or used twice is an error, and unnumbered. */
    private static void number(Document document, PageContext page) {
        Numbers numbers = Numbers.install(document);
        Map<Labelled.Kind, Integer> counts = new EnumMap<>(Labelled.Kind.class);
        Map<String, BasedSequence> seen = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Labelled labelled) || labelled.getLabel().isNull()) {
                continue;
            }
            BasedSequence label = labelled.getLabel();
            String id = label.toString();
            Labelled.Kind kind = labelled.kind();
            if (!id.startsWith(kind.prefix()) || id.length() == kind.prefix().length()) {
                page.error("the label '" + id + "' of " + article(kind) + " must start with '" + kind.prefix() + "'",
                        label.getStartOffset(), label.length(), "write {#" + kind.prefix() + id.replaceFirst("^[a-z]+-", "")
                                + "}: equations are labelled eq-, charts fig- and tables tbl-, as in Quarto");
                continue;
            }
            BasedSequence first = seen.putIfAbsent(id, label);
            if (first != null) {
                page.error("the label '" + id + "' is used twice", label.getStartOffset(), label.length(),
                        "its first use is on line " + page.spanAt(first.getStartOffset(), 1).line()
                                + "; give each numbered block a label of its own");
                continue;
            }
            int n = counts.merge(kind, 1, Integer::sum);
            numbers.add(node instanceof TableCaption caption ? caption.table() : node, new Numbers.Number(id, kind, n));
        }
    }

    private static String article(Labelled.Kind kind) {
        return switch (kind) {
            case EQUATION -> "an equation";
            case FIGURE -> "a chart";
            case TABLE -> "a table";
        };
    }

    private void renderReference(CrossRef node, NodeRendererContext context, HtmlWriter html) {
        Numbers numbers = Numbers.of(context.getDocument());
        String id = node.id().toString();
        Optional<Numbers.Number> target = numbers.byId(id);
        if (target.isPresent()) {
            html.attr("href", "#" + id).attr("class", "xref").withAttr().tag("a").text(target.get().text()).closeTag("a");
            return;
        }
        PageContext.KEY.get(context.getDocument()).error("unknown cross-reference '@" + id + "'",
                node.getStartOffset(), node.getChars().length(),
                DidYouMean.hint(id, numbers.ids(), "label an equation, chart or table {#" + id + "} to refer to it"));
        html.text(node.getChars());
    }

    private void renderEquation(Node node, NodeRendererContext context, HtmlWriter html) {
        Optional<Numbers.Number> number = Numbers.of(context.getDocument()).of(node);
        if (number.isEmpty()) {
            context.delegateRender();
            return;
        }
        html.line().attr("class", "equation").attr("id", number.get().id()).withAttr().tag("div");
        context.delegateRender();
        html.attr("class", "equation-number").withAttr().tag("span")
                .text("(" + number.get().number() + ")").closeTag("span");
        html.closeTag("div").line();
    }

    private void renderTable(Node table, NodeRendererContext context, HtmlWriter html) {
        TableCaption caption = captionOf(table);
        if (caption == null) {
            context.delegateRender();
            return;
        }
        Optional<Numbers.Number> number = Numbers.of(context.getDocument()).of(table);
        html.line().attr("class", "table");
        number.ifPresent(n -> html.attr("id", n.id()));
        html.withAttr().tag("figure").line();
        html.tag("figcaption");
        number.ifPresent(n -> html.attr("class", "table-number").withAttr().tag("span").text(n.text() + ":").closeTag("span")
                .text(caption.hasChildren() ? " " : ""));
        context.renderChildren(caption);
        html.closeTag("figcaption").line();
        context.delegateRender();
        html.closeTag("figure").line();
    }

    private static TableCaption captionOf(Node table) {
        if (table.getNext() instanceof TableCaption after && after.table() == table) {
            return after;
        }
        return table.getPrevious() instanceof TableCaption before && before.table() == table ? before : null;
    }
}
