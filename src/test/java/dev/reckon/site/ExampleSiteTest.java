package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: builds the repository's own example site and checks what a reader and a crawler get. */
class ExampleSiteTest {
    @TempDir
    static Path temp;
    static Path out;
    static BuildSummary summary;

    @BeforeAll
    static void buildExampleSite() {
        out = temp.resolve("public");
        summary = TestSites.build(TestSites.REPO, out);
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8", "https://example.org/");
    }

    @Test
    void everyPageParsesWithATitleAndNoScriptForMath() throws IOException {
        assertTrue(htmlPages().size() >= 6, "pages: " + htmlPages());
        for (Path page : htmlPages()) {
            Document doc = parse(page);
            assertFalse(doc.title().isBlank(), page + " has a title");
            for (Element script : doc.select("script")) {
                assertEquals("application/ld+json", script.attr("type"), page + " carries only structured data");
            }
        }
    }

    @Test
    void pagesWithMathLinkKatexCssAndOthersDoNot() throws IOException {
        int withMath = 0;
        for (Path page : htmlPages()) {
            Document doc = parse(page);
            boolean hasMath = !doc.select(".katex").isEmpty();
            boolean linksCss = !doc.select("link[href$=katex/katex.min.css]").isEmpty();
            assertEquals(hasMath, linksCss, page.toString());
            withMath += hasMath ? 1 : 0;
        }
        assertTrue(withMath > 0);
        assertTrue(Files.size(out.resolve("katex/katex.min.css")) > 10_000);
    }

    @Test
    void internalLinksResolveToFiles() throws IOException {
        for (Path page : htmlPages()) {
            for (Element link : parse(page).select("a[href^=/], link[href^=/]")) {
                String target = link.attr("href").replaceFirst("#.*", "");
                Path file = out.resolve(target.substring(1));
                assertTrue(Files.exists(Files.isDirectory(file) ? file.resolve("index.html") : file),
                        page + " links to missing " + target);
            }
        }
    }

    @Test
    void exampleArticleFiguresComeFromTheDataSetWithHonestLabels() throws IOException {
        Document doc = parse(out.resolve("blog/ai-efficiency-introduction/index.html"));
        List<String> values = doc.select(".calc-value").eachText();
        assertEquals(List.of("7", "13", "70", "8", "70", "405", "4 B/param", "2 B/param", "1 B/param",
                "3.14 × 10²³ FLOP", "989.5 TFLOP/s", "1,979 TFLOP/s", "989 TFLOP/s", "67 TFLOP/s", "148.5 years",
                "1,979 TFLOP/s", "5.0 years", "3,958 TFLOP/s", "2.5 years", "141 GB", "700 GB", "5", "4.8 TB/s"), values);
        List<String> equations = doc.select(".katex-display annotation").eachText();
        assertTrue(equations.contains("405 \\times 10^{9}\\,\\text{parameters} \\times 4\\,\\text{bytes/parameter} = "
                + "1.62 \\times 10^{12}\\,\\text{bytes} \\approx 1.6\\,\\text{TB}"), equations.toString());
        assertTrue(equations.stream().anyMatch(e -> e.endsWith("\\approx 10.1\\,\\text{years}")), equations.toString());
        assertTrue(equations.stream().anyMatch(e -> e.contains("= 206\\,\\text{FLOP/byte}")), equations.toString());
    }

    @Test
    void exampleArticleChartsAreInlineAccessibleSvgDrawnFromTheData() throws IOException {
        Document doc = parse(out.resolve("blog/ai-efficiency-introduction/index.html"));
        List<Element> charts = doc.select("figure.chart");
        assertEquals(2, charts.size());
        for (Element figure : charts) {
            var svg = Jsoup.parse(figure.selectFirst("svg").outerHtml(), "", Parser.xmlParser()).selectFirst("svg");
            assertEquals("img", svg.attr("role"));
            assertEquals(figure.selectFirst("figcaption").text(), svg.selectFirst("title").text());
            assertFalse(svg.selectFirst("desc").text().isBlank());
        }
        Element scaling = charts.get(0);
        assertTrue(scaling.select(".chart-labels text").eachText().containsAll(List.of("10⁷ params", "10¹¹ params")));
        Element roofline = charts.get(1);
        assertTrue(roofline.select(".chart-labels text").eachText().contains("1 PFLOP/s"));
        assertEquals(List.of("H200 ridge 206 FLOP/B", "H100 ridge 295 FLOP/B", "B200 ridge 292 FLOP/B"),
                roofline.select(".chart-marker-label").eachText());
    }

    @Test
    void feedAndSitemapAreWellFormedXml() throws IOException {
        var feed = Jsoup.parse(Files.readString(out.resolve("atom.xml")), "", Parser.xmlParser());
        assertEquals(summary.posts(), feed.select("entry").size());
        var sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertTrue(sitemap.select("loc").size() >= summary.posts());
    }
}
