package dev.reckon.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.highlight.PrismHighlighter;
import dev.reckon.js.SharedJs;
import dev.reckon.markdown.MarkdownRenderer;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Fenced code through the real flexmark and the real Prism, next to the math and calc directives. */
class HighlightExtensionTest {
    private static final PrismHighlighter PRISM = new PrismHighlighter(SharedJs.get());
    private static final List<String> ASKED = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final MarkdownRenderer MARKDOWN = markdown();

    private static MarkdownRenderer markdown() {
        return new MarkdownRenderer(new MutableDataSet()
                .set(MathExtension.RENDERER, SharedKatex.get())
                .set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled()))
                .set(HighlightExtension.HIGHLIGHTER, (code, language) -> {
                    ASKED.add(language);
                    return PRISM.highlight(code, language);
                }));
    }

    @AfterAll
    static void close() {
        PRISM.close();
    }

    private static RenderedMarkdown render(String markdown) {
        return MARKDOWN.render("post.md", markdown, 1, markdown.split("\n", -1));
    }

    @Test
    void knownLanguageIsTokenizedAndEscaped() {
        String html = render("```java\nif (a < b) return \"x & y\"; // done\n```\n").html();
        assertEquals("<pre><code class=\"language-java\">"
                + "<span class=\"token keyword\">if</span> <span class=\"token punctuation\">(</span>a "
                + "<span class=\"token operator\">&lt;</span> b<span class=\"token punctuation\">)</span> "
                + "<span class=\"token keyword\">return</span> <span class=\"token string\">\"x &amp; y\"</span>"
                + "<span class=\"token punctuation\">;</span> <span class=\"token comment\">// done</span>\n"
                + "</code></pre>\n", html);
    }

    @Test
    void aliasesResolveAndInfoAttributesAreIgnored() {
        String html = render("```py {title=x}\ndef f(): pass\n```\n").html();
        assertTrue(html.startsWith("<pre><code class=\"language-py\"><span class=\"token keyword\">def</span>"), html);
    }

    @Test
    void unknownOrMissingLanguageIsLeftToFlexmark() {
        assertEquals("<pre><code class=\"language-klingon\">a &lt; b\n</code></pre>\n",
                render("```klingon\na < b\n```\n").html());
        assertEquals("<pre><code>a &lt; b\n</code></pre>\n", render("```\na < b\n```\n").html());
    }

    @Test
    void directiveFencesReachTheirRenderersAndNeverTheHighlighter() {
        ASKED.clear();
        RenderedMarkdown out = render("```math\nx^2\n```\n\n```calc\nw = 2 B\n```\n\n```equation\nw * 2\n```\n");
        assertEquals(List.of(), ASKED, "a directive must not start the JavaScript engine to learn it is not a language");
        assertEquals(List.of(), out.problems());
        assertTrue(out.hasMath());
        assertTrue(out.html().contains("katex-display"), out.html());
        assertTrue(!out.html().contains("<pre>"), out.html());
    }
}
