package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbered cross-references (issue 18, item 8) through the real pipeline, engine and KaTeX. */
class CrossRefTest {
    private static RenderedMarkdown render(String markdown) {
        return TestMarkdown.render(markdown);
    }

    private static final String ROOFLINE = """
            ```chart {#fig-roofline}
            type: roofline
            title: H200
            x: I from 1 FLOP/B to 10000 FLOP/B, log
            roof: H200: h200.bf16.dense, h200.bandwidth
            ```
            """;

    @Test
    void equationsAreNumberedInOrderAndReferencesLinkToThem() {
        RenderedMarkdown out = render("""
                See @eq-second and @eq-first.

                $$
                E = mc^2
                $$ {#eq-first}

                $$a^2 + b^2 = c^2$$ {#eq-second}

                ```equation {#eq-third}
                h200.memory -> GB
                ```

                Unlabelled:

                $$x$$
                """);
        assertEquals(List.of(), out.problems());
        String html = out.html();
        assertTrue(html.contains("<p>See <a href=\"#eq-second\" class=\"xref\">Equation 2</a> and "
                + "<a href=\"#eq-first\" class=\"xref\">Equation 1</a>.</p>"), html);
        assertTrue(html.contains("<div class=\"equation\" id=\"eq-first\">"), html);
        assertTrue(html.contains("<span class=\"equation-number\">(1)</span></div>"), html);
        assertTrue(html.contains("<div class=\"equation\" id=\"eq-third\">"), html);
        assertTrue(html.contains("<span class=\"equation-number\">(3)</span></div>"), html);
        assertEquals(3, html.split("class=\"equation-number\"").length - 1, "the unlabelled one has no number");
    }

    @Test
    void chartsAreFiguresWithTheirNumberInTheCaption() {
        RenderedMarkdown out = render("As @fig-roofline shows.\n\n" + ROOFLINE);
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains("<a href=\"#fig-roofline\" class=\"xref\">Figure 1</a>"), out.html());
        assertTrue(out.html().contains("<figure class=\"chart\" id=\"fig-roofline\">"), out.html());
        assertTrue(out.html().contains("<figcaption><span class=\"figure-number\">Figure 1:</span> H200</figcaption>"), out.html());
    }

    @Test
    void chartLabelMayBeALineOfTheSpecOrPandocAttributes() {
        String spec = ROOFLINE.replace("```chart {#fig-roofline}\n", "```chart\nlabel: fig-a\n");
        RenderedMarkdown out = render(spec + "\n" + ROOFLINE.replace("chart {#fig-roofline}", "{.chart #fig-b}") + "\n@fig-a, @fig-b");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains("id=\"fig-a\"") && out.html().contains("id=\"fig-b\""), out.html());
        assertTrue(out.html().contains("Figure 2</a>"), out.html());
    }

    @Test
    void tablesTakePandocCaptionsAfterOrBefore() {
        RenderedMarkdown out = render("""
                | Model | Params |
                |---|--:|
                | A | 1 |
                : Sizes of *models* {#tbl-sizes}

                : Computed {#tbl-computed}

                ```calc-table
                rows: llama2_7b
                Model: row.name
                ```

                | x |
                |---|
                | 1 |

                : Only a caption

                See @tbl-computed and @tbl-sizes.
                """);
        assertEquals(List.of(), out.problems());
        String html = out.html();
        assertTrue(html.contains("<figure class=\"table\" id=\"tbl-sizes\">\n<figcaption><span class=\"table-number\">Table 1:</span> "
                + "Sizes of <em>models</em></figcaption>\n<table>"), html);
        assertTrue(html.contains("<figure class=\"table\" id=\"tbl-computed\">"), html);
        assertTrue(html.contains("<figcaption>Only a caption</figcaption>"), html);
        assertTrue(html.contains("<a href=\"#tbl-computed\" class=\"xref\">Table 2</a>"), html);
    }

    @Test
    void unknownReferenceIsAPositionedErrorWithASuggestion() {
        RenderedMarkdown out = render("$$x$$ {#eq-ridge}\n\nSee @eq-rigde.");
        Diagnostic d = out.problems().get(0);
        assertEquals("unknown cross-reference '@eq-rigde'", d.message());
        assertEquals("post.md:7:5", d.span().location());
        assertEquals("did you mean 'eq-ridge'?", d.hint());
    }

    @Test
    void duplicateAndWrongKindLabelsAreErrors() {
        RenderedMarkdown out = render("$$x$$ {#eq-a}\n\n$$y$$ {#eq-a}\n\n$$z$$ {#fig-z}\n");
        assertEquals(2, out.problems().size(), out.problems().toString());
        assertEquals("the label 'eq-a' is used twice", out.problems().get(0).message());
        assertEquals("post.md:7:9", out.problems().get(0).span().location());
        assertTrue(out.problems().get(0).hint().contains("line 5"), out.problems().get(0).hint());
        assertEquals("the label 'fig-z' of an equation must start with 'eq-'", out.problems().get(1).message());
    }

    @Test
    void addressesAndPlainAtSignsAreNotReferences() {
        RenderedMarkdown out = render("Mail me@eq-host.org, or @eq; and a fig-1 @ night.");
        assertEquals(List.of(), out.problems());
        assertTrue(!out.html().contains("xref"), out.html());
    }
}
