package dev.reckon.markdown.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.markdown.MarkdownRenderer;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Punctuation after inline math or a computed value stays on the figure's line, through the real pipeline. */
class FigurePunctuationTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get())
            .set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled())));

    private static String html(String markdown) {
        RenderedMarkdown out = MARKDOWN.render("post.md", markdown, 1, markdown.split("\n", -1));
        assertEquals(List.of(), out.problems());
        return out.html();
    }

    /** The punctuation each figure was kept with, in order: the text of each kept-together span beside the figure. */
    private static List<String> kept(String html) {
        return Jsoup.parseBodyFragment(html).select("span.nowrap").stream()
                .map(span -> span.textNodes().stream().map(TextNode::getWholeText).reduce("", String::concat))
                .toList();
    }

    @Test
    void aFullStopOrCommaAfterInlineMathIsKeptWithIt() {
        String html = html("Let $x$, then $y$. And $z$ too.");
        assertEquals(List.of(",", "."), kept(html));
        assertTrue(html.endsWith(" too.</p>\n"), html);
        assertTrue(html.contains(",</span> then "), "the rest of the text follows the group: " + html);
    }

    @Test
    void everyPunctuationMarkTouchingTheFigureIsKeptButNoWord() {
        assertEquals(List.of(")."), kept(html("(as $x$). Next")));
        assertEquals(List.of("’"), kept(html("$n$’s value")));
        assertEquals(List.of("-"), kept(html("a $k$-dimensional space")));
        assertEquals(List.of(), kept(html("$n$th and $x$ y")));
    }

    @Test
    void computedValuesAndDerivedEquationsKeepTheirPunctuationToo() {
        String html = html("Weights: `= 2 B * 3`; the sum `$= 2 B * 3`.");
        assertEquals(List.of(";", "."), kept(html));
        // The equation sits inside its link to the page's sources, the link inside the unbreakable span.
        assertTrue(html.matches("(?s).*<span class=\"nowrap\"><a class=\"calc-value calc-equation-sources\"[^>]*><span class=\"calc-equation\"><span class=\"katex\">.*"), html);
    }

    @Test
    void displayMathInAParagraphIsABlockAndKeepsNothing() {
        String html = html("Then $$x^2$$. More.");
        assertFalse(html.contains("nowrap"), html);
    }

    @Test
    void headingsKeepTheirIdsWhenMathInThemIsFollowedByPunctuation() {
        String html = html("## Area: $r^2$, roughly\n");
        assertTrue(html.startsWith("<h2 id=\"area-r2-roughly\">"), html);
    }
}
