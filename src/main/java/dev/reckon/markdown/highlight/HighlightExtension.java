package dev.reckon.markdown.highlight;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.reckon.highlight.Highlighter;

/**
 * Highlights fenced code blocks whose info string names a language the highlighter knows; any
 * other fence is rendered by flexmark as plain code. Math and directive fences are nodes of their
 * own, so they never reach the highlighter. Create it with {@link #create()} and give it its
 * highlighter in {@link #HIGHLIGHTER}; without one it does nothing.
 */
public final class HighlightExtension implements HtmlRenderer.HtmlRendererExtension {
    /** The highlighter for fenced code, e.g. Prism behind the disk cache. */
    public static final NullableDataKey<Highlighter> HIGHLIGHTER = new NullableDataKey<>("HIGHLIGHTER");

    private HighlightExtension() {
    }

    public static HighlightExtension create() {
        return new HighlightExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML") && HIGHLIGHTER.get(rendererBuilder) != null) {
            rendererBuilder.nodeRendererFactory(HighlightNodeRenderer::new);
        }
    }
}
