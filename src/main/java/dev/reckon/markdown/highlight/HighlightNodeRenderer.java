package dev.reckon.markdown.highlight;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.reckon.highlight.Highlighter;
import java.util.Locale;
import java.util.Set;

/** Writes a fenced code block as flexmark would, with the highlighter's tokens inside; hands unknown languages on. */
final class HighlightNodeRenderer implements NodeRenderer {
    private final Highlighter highlighter;

    HighlightNodeRenderer(DataHolder options) {
        this.highlighter = HighlightExtension.HIGHLIGHTER.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        String info = block.getInfo().toString().trim().split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        String highlighted = info.isEmpty() ? null : highlighter.highlight(block.getContentChars().toString(), info);
        if (highlighted == null) {
            context.delegateRender();
            return;
        }
        // The same markup as flexmark's own fenced code, with Prism's tokens inside.
        html.line();
        html.srcPosWithTrailingEOL(block.getChars()).withAttr().tag("pre").openPre();
        html.attr("class", "language-" + info).withAttr().tag("code");
        html.raw(highlighted);
        html.tag("/code");
        html.tag("/pre").closePre();
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }
}
