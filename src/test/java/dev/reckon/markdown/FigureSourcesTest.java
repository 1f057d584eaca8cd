package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.markdown.page.PageFigures;
import dev.reckon.math.SharedKatex;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A source behind every figure: each computed number links to what it was made of, and the page lists its figures. */
class FigureSourcesTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get())
            .set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled())));

    private static final String POST = """
            The H200 holds `= h200.memory` and the weights take `= weights -> TB | sig 2` (`$= weights -> TB`).

            ```calc
            weights = llama31_405b.params * fp32.bytes
            ```

            ```calc-table
            rows: llama2_7b, llama2_70b
            Model: row.name
            FP16: row.params * fp16.bytes -> GB
            ```

            ```equation
            train_flops(llama31_405b)
            ```
            """;

    /** Figures keep their units with no-break spaces; the assertions read them as plain ones. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    private static RenderedMarkdown render(String markdown, boolean sources) {
        String file = "---\ntitle: t\ndate: 2024-01-10\n---\n" + markdown;
        return MARKDOWN.render("post.md", markdown, 5, file.split("\n", -1),
                new MutableDataSet().set(MarkdownRenderer.FIGURE_SOURCES, sources));
    }

    @Test
    void everyComputedNumberLinksToItsEntryWhichDescribesIt() {
        Document page = Jsoup.parseBodyFragment(render(POST, true).html());
        List<Element> links = page.select("a.calc-value, p.calc-sources-link a");
        assertEquals(5, links.size(), page.html()); // two values, an inline equation, a table, an equation
        for (Element link : links) {
            String id = link.attr("href").substring(1);
            Element entry = page.getElementById(id);
            assertNotNull(entry, "no entry " + id);
            assertEquals(link.attr("aria-describedby"), id + "-what");
            assertNotNull(page.getElementById(id + "-what"));
            // the entry leads back to the number in the text
            assertEquals(link.id(), entry.selectFirst("a.figure-sources-back").attr("href").substring(1));
            assertFalse(link.attr("title").isBlank());
        }
        Element memory = links.get(0);
        assertEquals("141 GB", plain(memory.text()));
        assertTrue(plain(memory.attr("title")).startsWith("h200.memory\nh200_sxm.memory = 141 GB: "), memory.attr("title"));
        assertTrue(memory.attr("title").endsWith("(secondary)"), memory.attr("title"));
    }

    @Test
    void theSectionListsEachDataFigureOnceWithValueSourceAndConfirmation() {
        Document page = Jsoup.parseBodyFragment(render(POST, true).html());
        Element section = page.getElementById("figure-sources");
        assertNotNull(section);
        assertEquals("Figures and sources", section.selectFirst("h2").text());
        List<String> figures = section.select("table.figure-sources-data tbody th code").eachText();
        assertEquals(List.of("h200_sxm.memory", "llama31_405b.params", "fp32.bytes", "llama2_7b.params", "fp16.bytes",
                "llama2_70b.params", "llama31_405b.tokens"), figures);
        Element memory = page.getElementById("source-h200_sxm-memory");
        assertEquals("141 GB", plain(memory.selectFirst("td.num").text()));
        assertEquals("secondary", memory.select("td").get(1).text());
        assertTrue(memory.select("td").get(2).selectFirst("a[href^=https://]") != null, memory.html());
        // every link into the data table lands on a row
        section.select("ol a[href^=#source-]").forEach(a -> assertNotNull(page.getElementById(a.attr("href").substring(1)), a.attr("href")));
        assertEquals(List.of("Scaling Laws for Neural Language Models", "Training Compute-Optimal Large Language Models"),
                section.select("ul.figure-sources-formulas a").eachText());
        // links are unique: no id twice
        assertEquals(page.select("[id]").size(), page.select("[id]").stream().map(Element::id).distinct().count());
    }

    @Test
    void withoutTheSectionANumberKeepsOnlyItsTooltip() {
        RenderedMarkdown out = render(POST, false);
        Document page = Jsoup.parseBodyFragment(out.html());
        assertTrue(page.select("a.calc-value, .calc-sources-link, #figure-sources").isEmpty(), page.html());
        assertEquals(3, page.select("span.calc-value[title]").size());
        assertEquals(6, out.figures().published().size(), "the changelog still knows every number");
    }

    @Test
    void thePageRecordsEveryPublishedNumberWithItsPositionAndFigures() {
        PageFigures figures = render(POST, true).figures();
        List<String> shown = figures.published().stream()
                .map(p -> plain(p.at() + " " + p.kind() + " " + p.expression() + " = " + p.value() + " " + p.uses())).toList();
        assertEquals(List.of(
                "post.md:5:19 value h200.memory = 141 GB [h200_sxm.memory]",
                "post.md:5:56 value weights -> TB | sig 2 = 1.6 TB [llama31_405b.params, fp32.bytes]",
                "post.md:5:84 equation weights -> TB = 1.62 TB [llama31_405b.params, fp32.bytes]",
                "post.md:14:1 table FP16: row.params * fp16.bytes -> GB (row llama2_7b) = 14 GB [llama2_7b.params, fp16.bytes]",
                "post.md:14:1 table FP16: row.params * fp16.bytes -> GB (row llama2_70b) = 140 GB [llama2_70b.params, fp16.bytes]",
                "post.md:18:1 equation train_flops(llama31_405b) = 3.79 × 10²⁵ FLOP [llama31_405b.params, llama31_405b.tokens]"),
                shown);
        assertEquals("S", figures.data().get(0).confirmed());
        assertTrue(figures.data().get(0).label().matches("NVIDIA H200.*, memory"), figures.data().get(0).label());
    }

    @Test
    void aPageWithoutDirectivesHasNoSectionAndNoFigures() {
        RenderedMarkdown out = render("Just prose, `code` and $x$.\n", true);
        assertFalse(out.html().contains("figure-sources"));
        assertEquals(PageFigures.NONE, out.figures());
    }
}
