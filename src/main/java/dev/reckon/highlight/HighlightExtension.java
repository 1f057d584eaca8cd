package dev.reckon.highlight;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Locale;
import java.util.Set;

/**
 * Highlights fenced code blocks whose info string names a language the highlighter knows; any
 * other fence goes to flexmark's own renderer. Register it before the directive and math
 * extensions: flexmark offers a node to the last-registered renderer first, so directives claim
 * their fences and hand only plain code on to this one.
 */
public final class HighlightExtension implements HtmlRenderer.HtmlRendererExtension {
    private final Highlighter highlighter;

    private HighlightExtension(Highlighter highlighter) {
        this.highlighter = highlighter;
    }

    public static HighlightExtension create(Highlighter highlighter) {
        return new HighlightExtension(highlighter);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(options -> new Renderer(highlighter));
        }
    }

    private record Renderer(Highlighter highlighter) implements NodeRenderer {
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
}
