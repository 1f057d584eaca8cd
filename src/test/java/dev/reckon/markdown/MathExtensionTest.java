package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.diag.Diagnostic;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown in, HTML out, through the real flexmark and the real KaTeX. */
class MathExtensionTest {
    private static final MarkdownRenderer MARKDOWN =
            new MarkdownRenderer(new MutableDataSet().set(MathExtension.RENDERER, SharedKatex.get()));

    private static RenderedMarkdown render(String markdown) {
        // As if the body followed four lines of front matter.
        String file = "---\ntitle: t\ndate: 2024-01-10\n---\n" + markdown;
        return MARKDOWN.render("post.md", markdown, 5, file.split("\n", -1));
    }

    private static String tex(String source) {
        return "<annotation encoding=\"application/x-tex\">" + source + "</annotation>";
    }

    @Test
    void inlineMathIsOpaqueToMarkdown() {
        RenderedMarkdown out = render("Let $a_1 * b_1$ and $x_2 * y_2$ be.");
        assertTrue(out.html().contains(tex("a_1 * b_1")), out.html());
        assertTrue(out.html().contains(tex("x_2 * y_2")), out.html());
        assertFalse(out.html().contains("<em>"), out.html());
        assertTrue(out.hasMath());
    }

    @Test
    void displayBlockKeepsBackslashesAmpersandsAndLessThan() {
        String md = "$$\n\\begin{aligned}\na &= b \\\\\n\nc &< d\n\\end{aligned}\n$$\n";
        RenderedMarkdown out = render(md);
        assertTrue(out.html().contains("katex-display"), out.html());
        assertTrue(out.html().contains(tex("\\begin{aligned}\na &amp;= b \\\\\n\nc &amp;&lt; d\n\\end{aligned}")), out.html());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void oneLineDisplayBlockAndDisplayInsideParagraph() {
        assertTrue(render("$$E = mc^2$$").html().contains("katex-display"));
        String inParagraph = render("so $$x^2$$ holds").html();
        assertTrue(inParagraph.contains("katex-display") && inParagraph.startsWith("<p>so "), inParagraph);
    }

    @Test
    void mathFenceRendersAsDisplayMath() {
        String html = render("```math\n\\frac{a}{b}\n```").html();
        assertTrue(html.contains("katex-display") && html.contains(tex("\\frac{a}{b}")), html);
    }

    @Test
    void pricesAreProse() {
        RenderedMarkdown out = render("It costs $5 and $10, or \\$3.");
        assertEquals("<p>It costs $5 and $10, or $3.</p>\n", out.html());
        assertFalse(out.hasMath());
    }

    @Test
    void spaceAfterOpeningOrBeforeClosingIsNotMath() {
        assertFalse(render("a $ x$ b").hasMath());
        assertFalse(render("a $x $ b").hasMath());
    }

    @Test
    void mathInCodeIsLeftAlone() {
        String html = render("`$x$` and\n\n```\n$y$\n```").html();
        assertTrue(html.contains("<code>$x$</code>"), html);
        assertTrue(html.contains("$y$\n</code></pre>"), html);
    }

    @Test
    void headingsGetIdsAndAnchorLinks() {
        String html = render("## The scaling hypothesis").html();
        assertTrue(html.contains("id=\"the-scaling-hypothesis\""), html);
        assertTrue(html.contains("href=\"#the-scaling-hypothesis\""), html);
    }

    @Test
    void badTexIsReportedAtItsFilePosition() {
        RenderedMarkdown out = render("First line.\n\nSee $x^{2$ here.");
        assertEquals(1, out.problems().size());
        Diagnostic d = out.problems().get(0);
        assertEquals("post.md:7:10", d.span().location());
        assertTrue(d.message().startsWith("KaTeX parse error"), d.message());
        assertEquals("See $x^{2$ here.", d.sourceLine());
    }

    @Test
    void unclosedDisplayMathIsAnError() {
        RenderedMarkdown out = render("$$\nx^2\n");
        assertEquals("display math is not closed", out.problems().get(0).message());
        assertEquals("post.md:5:1", out.problems().get(0).span().location());
    }
}
