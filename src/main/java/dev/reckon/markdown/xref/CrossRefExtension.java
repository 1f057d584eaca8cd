package dev.reckon.markdown.xref;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Numbered cross-references as Quarto writes them. A label numbers a block per page and kind:
 * <ul>
 *   <li>display math: {@code $$ … $$ {#eq-ridge}} (after the closing {@code $$}), {@code ```math {#eq-x}};</li>
 *   <li>a derived equation: {@code ```equation {#eq-x}} (or {@code ```{.equation #eq-x}});</li>
 *   <li>a chart: {@code ```chart {#fig-x}}, {@code ```{.chart #fig-x}} or a {@code label: fig-x} line;</li>
 *   <li>a table (GFM or {@code ```calc-table}): a caption paragraph {@code : Caption {#tbl-x}} right after it.</li>
 * </ul>
 * {@code @eq-ridge} in prose becomes a link reading "Equation 2". Register it after the extensions
 * whose blocks it frames (tables, math, the directives): flexmark lets the last registered renderer
 * of a node wrap the earlier ones ({@code delegateRender}).
 */
public final class CrossRefExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private CrossRefExtension() {
    }

    public static CrossRefExtension create() {
        return new CrossRefExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new CrossRefParser.Factory());
        parserBuilder.postProcessorFactory(new TableCaptions.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(CrossRefNodeRenderer::new);
        }
    }
}
