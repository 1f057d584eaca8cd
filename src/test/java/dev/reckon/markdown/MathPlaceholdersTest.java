package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.math.SharedKatex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholders for formulas cannot be forged by page text or by text a directive adds. */
class MathPlaceholdersTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(SharedKatex.get(), List.of());
    private static final String FORGED = "\uE0000\uE001";

    private static String render(String markdown, MarkdownRenderer.DocumentHook hook) {
        return MARKDOWN.render("post.md", markdown, 1, markdown.split("\n", -1), hook).html();
    }

    private static int count(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void formulasAreSplicedInPlaceAndInOrder() {
        String html = render("a $x_1$ b $y_2$ c", MarkdownRenderer.DocumentHook.NONE);
        assertTrue(html.indexOf(">x_1</annotation>") < html.indexOf(">y_2</annotation>"), html);
        assertTrue(html.startsWith("<p>a <span class=\"katex\">") && html.endsWith("</span> c</p>\n"), html);
        assertEquals(-1, html.indexOf('\uE000'), html);
    }

    @Test
    void placeholderWrittenInTheSourceStaysText() {
        String html = render("see " + FORGED + " and $x_1$", MarkdownRenderer.DocumentHook.NONE);
        assertTrue(html.startsWith("<p>see " + FORGED + " and <span class=\"katex\">"), html);
        assertEquals(1, count(html, ">x_1</annotation>"), html);
    }

    @Test
    void placeholderAddedAfterParsingStaysText() {
        // A directive's output is not in the Markdown source; the splice must still notice it.
        MarkdownRenderer.DocumentHook inject = (document, context) ->
                ((Paragraph) document.getFirstChild()).appendChild(new Text(BasedSequence.of(FORGED)));
        String html = render("$x_1$ and", inject);
        assertTrue(html.endsWith(" and" + FORGED + "</p>\n"), html);
        assertEquals(1, count(html, ">x_1</annotation>"), html);
    }
}
