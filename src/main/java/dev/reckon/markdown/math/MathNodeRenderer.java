package dev.reckon.markdown.math;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.reckon.markdown.page.PageContext;
import java.util.Set;

/** Renders math nodes through {@link Formulas}, at build time. */
final class MathNodeRenderer implements NodeRenderer {
    MathNodeRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(InlineMath.class, this::renderInline),
                new NodeRenderingHandler<>(DisplayMath.class, this::renderDisplay),
                new NodeRenderingHandler<>(MathFence.class, this::renderFence));
    }

    private void renderInline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
        Formulas.writeTex(node.getText(), node.isDisplay(), context, html);
    }

    private void renderDisplay(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
        if (DisplayMathBlockParser.isUnclosed(node)) {
            PageContext page = PageContext.KEY.get(context.getDocument());
            page.error("display math is not closed", node.getStartOffset(), 2, "end the equation with a line ending in $$");
            return;
        }
        html.line();
        Formulas.writeTex(node.getTex(), true, context, html);
        html.line();
    }

    private void renderFence(MathFence node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        Formulas.writeTex(node.body(), true, context, html);
        html.line();
    }
}
