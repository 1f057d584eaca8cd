package dev.reckon.markdown.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.reckon.math.MathRenderer;

/**
 * TeX math in Markdown: {@code $…$} inline, {@code $$…$$} display (as a block or inside a
 * paragraph) and {@code ```math} fences. Math is opaque to Markdown and rendered at build time.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final MathRenderer math;

    private MathExtension(MathRenderer math) {
        this.math = math;
    }

    public static MathExtension create(MathRenderer math) {
        return new MathExtension(math);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new InlineMathParser.Factory());
        parserBuilder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(new MathNodeRenderer.Factory(math));
        }
    }
}
