package dev.reckon.markdown.calc;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.reckon.math.MathRenderer;

/**
 * Calculation directives in Markdown, written with constructs every Markdown tool already knows
 * (fenced blocks and code spans), so a post stays readable anywhere:
 * <ul>
 *   <li>{@code ```calc} definitions, functions and assertions (hidden; {@code ```calc show} lists them)</li>
 *   <li>{@code `= expr -> unit | sig 2`} an inline value in prose</li>
 *   <li>{@code `$= expr`} an inline derived equation; {@code ```equation} a displayed one</li>
 *   <li>{@code ```calc-table} a table computed from data</li>
 * </ul>
 * The engine is reached only through {@link dev.reckon.calc.Session}, one per document.
 */
public final class CalcExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final MathRenderer math;

    private CalcExtension(MathRenderer math) {
        this.math = math;
    }

    public static CalcExtension create(MathRenderer math) {
        return new CalcExtension(math);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        // Directives reuse core syntax: nothing to add to the parser.
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(options -> new CalcNodeRenderer(math));
        }
    }
}
