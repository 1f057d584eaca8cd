package dev.reckon.markdown.calc;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.reckon.calc.Calculator;

/**
 * Calculation directives in Markdown, written with constructs every Markdown tool already knows
 * (fenced blocks and code spans), so a post stays readable anywhere:
 * <ul>
 *   <li>{@code ```calc} definitions, functions and assertions (hidden; {@code ```calc show} lists them): {@link CalcBlock}</li>
 *   <li>{@code `= expr -> unit | sig 2`} an inline value in prose: {@link InlineValue}</li>
 *   <li>{@code `$= expr`} an inline derived equation ({@link InlineEquation}); {@code ```equation} a displayed one ({@link EquationBlock})</li>
 *   <li>{@code ```calc-table} a table computed from data: {@link CalcTableBlock}</li>
 *   <li>{@code ```chart} a chart drawn as SVG: {@link ChartBlock}</li>
 * </ul>
 * The engine is the {@link Calculator} in {@link #CALCULATOR}, reached only through a
 * {@link dev.reckon.calc.Session} per document; without one the extension does nothing, and
 * directives stay plain code.
 */
public final class CalcExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** The build's engine over its data set. */
    public static final NullableDataKey<Calculator> CALCULATOR = new NullableDataKey<>("CALCULATOR");

    private CalcExtension() {
    }

    public static CalcExtension create() {
        return new CalcExtension();
    }

    /**
     * The current fingerprint of a dependency the directives recorded on a page
     * ({@link dev.reckon.markdown.page.PageContext#dependsOn}) in this or an earlier build; null for
     * a key they do not know, which makes the page be rendered again.
     */
    public static String fingerprint(Calculator calculator, String dependency) {
        return dependency.startsWith(CalcDocument.DATA_DEPENDENCY)
                ? calculator.fingerprint(dependency.substring(CalcDocument.DATA_DEPENDENCY.length()))
                : null;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        if (CALCULATOR.get(parserBuilder) != null) {
            parserBuilder.blockPreProcessorFactory(new DirectiveFences());
            parserBuilder.customInlineParserExtensionFactory(new InlineDirectiveParser.Factory());
        }
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML") && CALCULATOR.get(rendererBuilder) != null) {
            rendererBuilder.nodeRendererFactory(CalcNodeRenderer::new);
        }
    }
}
