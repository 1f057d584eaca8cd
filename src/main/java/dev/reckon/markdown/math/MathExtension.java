package dev.reckon.markdown.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.reckon.math.MathRenderer;

/**
 * TeX math in Markdown: {@code $…$} inline, {@code $$…$$} display (as a block or inside a
 * paragraph) and {@code ```math} fences. Math is opaque to Markdown and rendered at build time by
 * the renderer in {@link #RENDERER}, which must be set.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** The build's formula renderer (KaTeX behind the formula caches). */
    public static final NullableDataKey<MathRenderer> RENDERER = new NullableDataKey<>("MATH_RENDERER");

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new InlineMathParser.Factory());
        parserBuilder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
        parserBuilder.blockPreProcessorFactory(new MathFences());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            if (RENDERER.get(rendererBuilder) == null) {
                throw new IllegalStateException("MathExtension.RENDERER is not set");
            }
            rendererBuilder.nodeRendererFactory(MathNodeRenderer::new);
        }
    }
}
