package dev.reckon.markdown.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.PageContext;
import dev.reckon.math.MathRenderer;
import dev.reckon.math.TexException;
import java.util.Set;

/** Renders math nodes (and {@code ```math} fences) through KaTeX at build time. */
public class MathNodeRenderer implements NodeRenderer {
    private final MathRenderer math;

    MathNodeRenderer(MathRenderer math) {
        this.math = math;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(InlineMath.class, this::renderInline),
                new NodeRenderingHandler<>(DisplayMath.class, this::renderDisplay),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence));
    }

    private void renderInline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
        write(node.getText(), node.isDisplay(), context, html);
    }

    private void renderDisplay(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
        if (DisplayMathBlockParser.isUnclosed(node)) {
            PageContext page = PageContext.KEY.get(context.getDocument());
            page.error("display math is not closed", node.getStartOffset(), 2, "end the equation with a line ending in $$");
            return;
        }
        html.line();
        write(node.getTex(), true, context, html);
        html.line();
    }

    private void renderFence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        if (!node.getInfo().toString().trim().equals("math")) {
            context.delegateRender();
            return;
        }
        html.line();
        write(node.getContentChars().trimEnd(), true, context, html);
        html.line();
    }

    /** Renders one formula, or records a positioned error and writes nothing. */
    static void write(BasedSequence tex, boolean display, NodeRendererContext context, HtmlWriter html, MathRenderer math) {
        PageContext page = PageContext.KEY.get(context.getDocument());
        try {
            MathPlaceholders.write(context.getDocument(), math.render(tex.toString(), display), html);
            page.markMath();
        } catch (TexException e) {
            int at = e.position() >= 0 ? Math.min(tex.getStartOffset() + e.position(), tex.getEndOffset()) : tex.getStartOffset();
            page.error(e.getMessage(), at, 1, "fix the TeX; KaTeX's supported functions are listed at katex.org/docs/supported");
        }
    }

    private void write(BasedSequence tex, boolean display, NodeRendererContext context, HtmlWriter html) {
        write(tex, display, context, html, math);
    }

    public static class Factory implements NodeRendererFactory {
        private final MathRenderer math;

        public Factory(MathRenderer math) {
            this.math = math;
        }

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new MathNodeRenderer(math);
        }
    }
}
