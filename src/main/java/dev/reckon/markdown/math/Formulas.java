package dev.reckon.markdown.math;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.PageContext;
import dev.reckon.math.MathRenderer;
import dev.reckon.math.TexException;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The one writer of formula HTML into a page, for the author's math ({@code $…$}, {@code $$…$$},
 * {@code ```math}) and the equations the directives derive alike: renders the TeX with the build's
 * {@link MathExtension#RENDERER}, writes it through {@link MathPlaceholders}, marks the page as
 * having math, and turns KaTeX's rejection into one positioned problem (the formula then writes nothing).
 */
public final class Formulas {
    private Formulas() {
    }

    /** A formula the author wrote: a TeX error points at the character of the source where KaTeX stopped. */
    public static void writeTex(BasedSequence tex, boolean display, NodeRendererContext context, HtmlWriter html) {
        write(tex.toString(), display, UnaryOperator.identity(), context, html, (page, e) -> {
            // The TeX may be pieced together from several lines (math in a quote or list) or have had
            // escapes removed (a table cell): the index maps each of its characters back to the source.
            int at = e.position() < 0 ? tex.getStartOffset()
                    : e.position() >= tex.length() ? tex.getEndOffset() : tex.getIndexOffset(e.position());
            if (at < 0) { // a character that is not in the source (a removed escape's replacement)
                at = tex.getStartOffset();
            }
            page.error(e.getMessage(), at, 1,
                    e.hint() != null ? e.hint() : "fix the TeX; KaTeX's supported functions are listed at katex.org/docs/supported");
        });
    }

    /**
     * A formula the engine derived from {@code directive}: its TeX is not in the source, so an error
     * (Reckon's bug, not the author's) is reported at the whole directive.
     *
     * <p>Its outer element has the class {@code calc-equation}, so themes and tests can tell it from
     * the author's math. Displayed, it is typeset in display style but with KaTeX's inline layout,
     * which may break lines ({@link BreakableEquation}): a column too narrow for the whole equation
     * stacks its sides instead of hiding the result past the edge.
     */
    public static void writeDerived(String tex, boolean display, BasedSequence directive, NodeRendererContext context,
            HtmlWriter html) {
        String breakable = BreakableEquation.of(tex);
        BiConsumer<PageContext, TexException> texError = (page, e) -> page.error(
                "the derived equation is not valid TeX (" + e.getMessage() + "): " + tex,
                directive.getStartOffset(), directive.length(), "please report this; meanwhile write the equation by hand");
        if (display) {
            write("\\displaystyle " + breakable, false, formula -> "<div class=\"calc-equation\">"
                    + BreakableEquation.sides(formula) + "</div>", context, html, texError);
        } else {
            write(breakable, false, formula -> "<span class=\"calc-equation\">" + formula + "</span>", context, html, texError);
        }
    }

    private static void write(String tex, boolean display, UnaryOperator<String> layout, NodeRendererContext context,
            HtmlWriter html, BiConsumer<PageContext, TexException> texError) {
        Document document = context.getDocument();
        PageContext page = PageContext.KEY.get(document);
        try {
            MathRenderer.Typeset formula = MathExtension.RENDERER.get(context.getOptions()).typeset(tex, display);
            MathPlaceholders.write(document, layout.apply(formula.html()), html);
            page.markMath(formula.fonts());
        } catch (TexException e) {
            texError.accept(page, e);
        }
    }
}
