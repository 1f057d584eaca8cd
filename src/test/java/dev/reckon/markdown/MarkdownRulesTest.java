package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown as CommonMark, GFM and pandoc authors expect it where flexmark alone or the math syntax
 * differed (issue 18, items 11-15; issue 17, item 1), through the real pipeline and KaTeX.
 */
class MarkdownRulesTest {
    private static RenderedMarkdown render(String markdown) {
        return TestMarkdown.render(markdown);
    }

    private static String tex(String source) {
        return "<annotation encoding=\"application/x-tex\">" + source + "</annotation>";
    }

    @Test
    void linkDestinationsArePercentEncoded() {
        assertEquals("<p><a href=\"foo%5Cbar\">link</a></p>\n", render("[link](foo\\bar)").html());
        assertEquals("<p><a href=\"/f%C3%B6%C3%B6\">x</a></p>\n", render("[x](/f&ouml;&ouml;)").html());
        assertEquals("<p><a href=\"/a?q=1&amp;r=%C3%A9\">x</a></p>\n", render("[x](/a?q=1&r=é)").html());
    }

    @Test
    void gfmTagFilterEscapesTagsThatTakeOverThePage() {
        String html = render("<script>alert(1)</script>\n\nText <iframe src=\"x\"></iframe> and <TEXTAREA>.\n\n<div>kept</div>\n").html();
        assertTrue(html.contains("&lt;script>alert(1)&lt;/script>"), html);
        assertTrue(html.contains("&lt;iframe src=\"x\">&lt;/iframe>"), html);
        assertTrue(html.contains("&lt;TEXTAREA>"), html);
        assertTrue(html.contains("<div>kept</div>"), html);
        assertEquals("<p><scripts>x</scripts></p>\n", render("<scripts>x</scripts>").html(), "only the listed tags");
    }

    @Test
    void displayMathInAQuoteListOrFootnoteSeesOnlyItsOwnText() {
        String quoted = render("> Quoted:\n>\n> $$\n> x^2\n> + y\n> $$\n").html();
        assertTrue(quoted.contains(tex("x^2\n+ y")), quoted);
        String listed = render("- item\n\n  $$\n  a \\\\\n  b\n  $$\n").html();
        assertTrue(listed.contains(tex("a \\\\\nb")), listed);
        RenderedMarkdown note = render("Text[^1].\n\n[^1]: See\n\n    $$\n    e^x\n    $$\n");
        assertEquals(List.of(), note.problems());
        assertTrue(note.html().contains(tex("e^x")), note.html());
    }

    @Test
    void texErrorInsideAQuoteIsPositionedInTheQuotedLine() {
        RenderedMarkdown out = render("> $$\n> x^{2\n> $$\n");
        Diagnostic d = out.problems().get(0);
        assertEquals("> x^{2", d.sourceLine());
        assertEquals(6, d.span().line());
    }

    @Test
    void dollarsThatAreNeverClosedAreTextAsInPandoc() {
        RenderedMarkdown out = render("$$ signs everywhere\nin this paragraph.\n\nNext.");
        assertEquals(List.of(), out.problems());
        assertEquals("<p>$$ signs everywhere\nin this paragraph.</p>\n<p>Next.</p>\n", out.html());
        assertFalse(out.hasMath());
    }

    @Test
    void mathOpenedWithTextAfterDollarsIsABlockWhenClosedLater() {
        RenderedMarkdown out = render("$$ x = 1 +\n2 $$\n\nAfter.");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains(tex("x = 1 +\n2")), out.html());
    }

    @Test
    void lonelyDollarsNeverClosedAreAPositionedError() {
        RenderedMarkdown out = render("Text.\n\n$$\n\\frac{a}{b}\n");
        assertEquals("display math is not closed", out.problems().get(0).message());
        assertEquals("post.md:7:1", out.problems().get(0).span().location());
    }

    @Test
    void mathDoesNotSwallowALinkOpenedBeforeIt() {
        RenderedMarkdown out = render("[a $b](c) d$");
        assertEquals("<p><a href=\"c\">a $b</a> d$</p>\n", out.html());
        assertTrue(render("[see $a[1]$ here](x)").html().contains(tex("a[1]")), "balanced brackets stay math");
    }

    @Test
    void dollarsInAWebAddressStayPartOfTheAutolink() {
        String html = render("Go to https://example.com/$x$ now.").html();
        assertEquals("<p>Go to <a href=\"https://example.com/$x$\">https://example.com/$x$</a> now.</p>\n", html);
    }

    @Test
    void headingIdsIncludeTheirMath() {
        String html = render("# Area $r^2$\n\n## Cost $\\alpha$ and `x`").html();
        assertTrue(html.contains("id=\"area-r2\""), html);
        assertTrue(html.contains("id=\"cost-alpha-and-x\""), html);
    }

    @Test
    void escapedPipesInTableCellsReachCodeMathAndDirectives() {
        RenderedMarkdown out = render("| a | b | c |\n|---|---|---|\n| `x \\| y` | $\\|v\\|$ | `= 1024 B -> KiB \\| dp 0` |\n");
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains("<code>x | y</code>"), out.html());
        assertTrue(out.html().contains(tex("|v|")), out.html());
        assertTrue(out.html().contains(">1\u00A0KiB</a>"), out.html());
    }

    @Test
    void errorAfterAnEscapedPipeKeepsItsColumn() {
        RenderedMarkdown out = render("| a |\n|---|\n| `= 1 B \\| dq 0` |\n");
        Diagnostic d = out.problems().get(0);
        assertEquals("| `= 1 B \\| dq 0` |", d.sourceLine());
        assertEquals(13, d.span().column(), d.toString());
    }
}
