package dev.reckon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contents are read from rendered HTML: nesting, depth, and what is taken out of a heading. */
class TocTest {
    private static String h(int level, String id, String inner) {
        return "<h" + level + " id=\"" + id + "\"><a href=\"#" + id + "\" class=\"anchor\"><span aria-hidden=\"true\">#</span></a>"
                + inner + "</h" + level + ">\n";
    }

    private static String html(Map<String, Object> entry) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) entry.get("html"));
        } catch (TemplateModelException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("children");
    }

    @Test
    void headingsNestThreeLevelsFromTheHighestWithoutAnchorsOrLinks() {
        String html = h(2, "a", "Alpha <a href=\"https://x.org\">link</a>") + "<p>text</p>\n" + h(3, "b", "Beta <em>it</em>")
                + h(4, "c", "Gamma") + h(5, "d", "Too deep") + h(2, "e", "Epsilon<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>");
        List<Map<String, Object>> toc = Toc.of(html);
        assertEquals(2, toc.size());
        assertEquals("a", toc.get(0).get("id"));
        assertEquals("Alpha link", html(toc.get(0)));
        Map<String, Object> beta = children(toc.get(0)).get(0);
        assertEquals("b", beta.get("id"));
        assertEquals("c", children(beta).get(0).get("id"));
        assertEquals(List.of(), children(children(beta).get(0)), "h5 is more than three levels below h2");
        assertEquals("Epsilon", html(toc.get(1)));
        assertEquals("Beta <em>it</em>", html(beta));
    }

    @Test
    void aPageWithOneHeadingHasNoContents() {
        assertEquals(List.of(), Toc.of(h(2, "only", "Only") + "<p>x</p>"));
    }
}
