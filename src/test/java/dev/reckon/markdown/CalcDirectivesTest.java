package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.Diagnostic;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives in Markdown, through the real flexmark, engine, data set and KaTeX. */
class CalcDirectivesTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get())
            .set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled())));

    private static RenderedMarkdown render(String markdown) {
        String file = "---\ntitle: t\ndate: 2024-01-10\n---\n" + markdown;
        return MARKDOWN.render("post.md", markdown, 5, file.split("\n", -1));
    }

    @Test
    void inlineValueMayUseADefinitionFurtherDown() {
        RenderedMarkdown out = render("Weights: `= w -> TB | sig 2`.\n\n```calc\nw = llama31_405b.params * fp32.bytes\n```\n");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().startsWith("<p>Weights: <span class=\"nowrap\"><a class=\"calc-value\" title=\"w -&gt; TB | sig 2\nwhere w = llama31_405b.params * fp32.bytes\n"), out.html());
        assertTrue(out.html().contains(" href=\"#calc-1\" id=\"calc-1-ref\" aria-describedby=\"calc-1-what\">1.6\u00A0TB</a>.</span></p>\n"), out.html());
    }

    @Test
    void ordinaryCodeIsUntouched() {
        assertEquals("<p><code>x = 1</code></p>\n", render("`x = 1`").html());
    }

    @Test
    void unknownNameInProseIsReportedAtItsColumn() {
        RenderedMarkdown out = render("Line one.\n\nThe H200 has `= h20.memory`.");
        Diagnostic d = out.problems().get(0);
        assertEquals("post.md:7:17", d.span().location());
        assertEquals("did you mean 'h200'?", d.hint());
    }

    @Test
    void errorInADefinitionBlockPointsIntoTheBlock() {
        RenderedMarkdown out = render("```calc\na = 1 TB\nb = a + 2 s\n```\n");
        Diagnostic d = out.problems().get(0);
        assertEquals("post.md:7:5", d.span().location());
        assertEquals("b = a + 2 s", d.sourceLine());
    }

    @Test
    void failedAssertionFailsThePage() {
        RenderedMarkdown out = render("```calc\nassert h200.memory ≈ 80 GB within 5%\n```\n");
        assertTrue(out.problems().get(0).message().startsWith("assertion failed"), out.problems().toString());
    }

    @Test
    void tableIsComputedFromData() {
        RenderedMarkdown out = render("```calc-table\nrows: llama2_7b, llama2_70b\nModel: row.name\nFP16: row.params * fp16.bytes -> GB\n```\n");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains("<th>Model</th><th class=\"num\">FP16</th>"), out.html());
        assertTrue(out.html().contains("<td>Llama 2 70B</td><td class=\"num\" title=\"FP16: row.params * fp16.bytes -&gt; GB (row llama2_70b)\n"
                + "llama2_70b.params = 7\u00A0×\u00A010¹⁰\u00A0params: "), out.html());
        assertTrue(out.html().contains("\">140\u00A0GB</td>"), out.html());
    }

    @Test
    void derivedEquationsAreWrittenLikeTheAuthorsMath() {
        // The same writer as $…$: through the placeholders, spliced back whole, the page marked as having math.
        RenderedMarkdown out = render("Inline `$= 2 B * 3` and $x$.\n\n```equation\n2 B * 3\n```\n");
        assertEquals(List.of(), out.problems());
        assertTrue(out.hasMath());
        assertEquals(3, out.html().split("<span class=\"katex\">", -1).length - 1, out.html());
        assertTrue(out.html().chars().noneMatch(c -> c == '\uE000' || c == '\uE001'), out.html());
    }

    @Test
    void displayEquationIsRenderedByKatex() {
        RenderedMarkdown out = render("```equation\ngpt3.params * fp32.bytes -> GB\n```\n");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().startsWith("<div class=\"calc-equation\"><span class=\"katex\">") && out.hasMath(), out.html());
    }

    @Test
    void chartIsAFigureWithInlineSvgComputedFromTheDocument() {
        RenderedMarkdown out = render("```calc\nk = 2\n```\n\n```chart\ntype: line\ntitle: Twice\n"
                + "x: v from 0 to 10\ny: k * v\n```\n");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""), out.html());
        assertTrue(out.html().contains("<figcaption>Twice</figcaption>"), out.html());
        assertTrue(out.html().contains(">20</text>"), "y ticks reach k * 10: " + out.html());
    }

    @Test
    void chartSpecErrorPointsIntoTheFence() {
        RenderedMarkdown out = render("Intro.\n\n```chart\ntype: line\ntitle: t\nx: v from 0 to 10\ny: v, logg\n```\n");
        Diagnostic d = out.problems().get(0);
        assertEquals("unknown axis option 'logg'", d.message());
        assertEquals("post.md:11:7", d.span().location());
    }
}
