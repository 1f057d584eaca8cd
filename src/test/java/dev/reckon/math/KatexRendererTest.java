package dev.reckon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KatexRendererTest {
    private final KatexRenderer katex = SharedKatex.get();

    @Test
    void rendersInlineMathAsHtmlAndMathml() {
        String html = katex.render("a_1 * b_1", false);
        assertTrue(html.startsWith("<span class=\"katex\">"), html);
        assertTrue(html.contains("<math"), html);
        assertTrue(html.contains("<annotation encoding=\"application/x-tex\">a_1 * b_1</annotation>"), html);
    }

    @Test
    void rendersDisplayMath() {
        String html = katex.render("\\begin{aligned} x &= 1 \\\\ y &< 2 \\end{aligned}", true);
        assertTrue(html.startsWith("<span class=\"katex-display\">"), html);
    }

    @Test
    void reportsBadTexWithPosition() {
        TexException e = assertThrows(TexException.class, () -> katex.render("x^{2", false));
        assertTrue(e.getMessage().contains("KaTeX parse error"), e.getMessage());
        assertEquals(4, e.position(), e.getMessage());
        assertTrue(e.getMessage().startsWith("KaTeX parse error"), e.getMessage());
    }

    @Test
    void untrustedCommandsFailTheFormulaRatherThanRenderAsRedText() {
        for (String tex : new String[] {"a + \\href{javascript:alert(1)}{x}", "a + \\url{https://example.org}",
                "a + \\includegraphics{x.png}", "a + \\htmlClass{c}{x}", "a + \\htmlStyle{color:red}{x}",
                "a + \\htmlId{i}{x}", "a + \\htmlData{k=v}{x}"}) {
            TexException e = assertThrows(TexException.class, () -> katex.render(tex, false), tex);
            assertEquals(4, e.position(), tex + ": " + e.getMessage());
            assertTrue(e.getMessage().endsWith(" is not allowed: formulas cannot make links, images or HTML attributes"),
                    e.getMessage());
        }
        // A URL whose scheme KaTeX cannot read never reaches the trust function; the refusal still shows.
        TexException hidden = assertThrows(TexException.class, () -> katex.render("\\href{javascript&colon;x}{y}", false));
        assertTrue(hidden.getMessage().startsWith("a link, image or HTML attribute in a formula is not allowed"),
                hidden.getMessage());
        assertTrue(katex.render("\\color{#cc0000}{x} \\textcolor{red}{y}", false).contains("color"),
                "authors' own colours are not refusals");
    }

    @Test
    void rendersFromSeveralThreadsWithSameResult() throws Exception {
        String expected = katex.render("\\frac{a}{b}", false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> katex.render("\\frac{a}{b}", false));
            Future<String> b = pool.submit(() -> katex.render("\\frac{a}{b}", false));
            assertEquals(expected, a.get());
            assertEquals(expected, b.get());
        } finally {
            pool.shutdown();
        }
    }
}
