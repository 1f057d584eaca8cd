package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: builds the repository's own example site and checks what a reader and a crawler get. */
class ExampleSiteTest {
    private static final String BASE = "https://example.org/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The example site's published posts, newest first; content/posts/roofline-notes.md is a draft. */
    private static final List<String> PUBLISHED = List.of("blog/ai-efficiency-training-run/", "blog/ai-efficiency-weights/", "blog/ai-efficiency-introduction/",
            "blog/checking-a-figure-by-hand/", "blog/math-in-markdown/");
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

    /** A derived equation's TeX as the engine wrote it, without the marks that let it break (markdown.math.BreakableEquation). */
    private static String engineTex(String tex) {
        return tex.replace("\\displaystyle ", "").replace(" \\allowbreak", "").replace(" \\nobreak", "")
                .replaceAll("\\{(-?[0-9.,{}]+ \\\\times 10\\^\\{-?[0-9]+\\})\\}", "$1");
    }

    /** Texts with the engine's no-break spaces (inside figures) read as spaces. */
    private static List<String> plain(List<String> texts) {
        return texts.stream().map(t -> t.replace('\u00A0', ' ')).toList();
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
    void internalLinksResolveToFiles() {
        SiteChecks.assertInternalLinksResolve(out, BASE);
    }

    @Test
    void exampleArticleFiguresComeFromTheDataSetWithHonestLabels() throws IOException {
        Document doc = parse(out.resolve("blog/ai-efficiency-introduction/index.html"));
        List<String> values = plain(doc.select(".calc-value").eachText());
        assertTrue(doc.select(".calc-value").stream().noneMatch(v -> v.wholeText().contains(" ")),
                "a figure's spaces are no-break spaces, so it never breaks across lines");
        assertEquals(List.of("7", "13", "70", "8", "70", "405", "4 B/param", "2 B/param", "1 B/param",
                "3.14 × 10²³ FLOP", "989.5 TFLOP/s", "1,979 TFLOP/s", "989 TFLOP/s", "67 TFLOP/s", "148.5 years",
                "1,979 TFLOP/s", "5.0 years", "3,958 TFLOP/s", "2.5 years", "141 GB", "700 GB", "5", "4.8 TB/s",
                "1.56 × 10¹³ tokens", "38–43%", "16,384 GPUs", "1.4 × 10¹¹ FLOP/token", "141 µs", "210"), values);
        // A derived equation has a class of its own, and its TeX is marked to break before a relation.
        assertTrue(doc.select("div.calc-equation annotation").eachText().contains("\\displaystyle {4.05 \\times 10^{11}}"
                + "\\,\\text{params} \\times 4\\,\\text{B/param} \\allowbreak = \\nobreak 1.62\\,\\text{TB} \\allowbreak \\approx "
                + "\\nobreak 1.6\\,\\text{TB}"), doc.select("div.calc-equation annotation").eachText().toString());
        List<String> equations = doc.select(".katex-display annotation, div.calc-equation annotation").eachText().stream()
                .map(ExampleSiteTest::engineTex).toList();
        assertTrue(equations.contains("4.05 \\times 10^{11}\\,\\text{params} \\times 4\\,\\text{B/param} = "
                + "1.62\\,\\text{TB} \\approx 1.6\\,\\text{TB}"), equations.toString());
        assertTrue(equations.stream().anyMatch(e -> e.endsWith("\\approx 10.1\\,\\text{years}")), equations.toString());
        assertTrue(equations.stream().anyMatch(e -> e.contains("= 206.146\\,\\text{FLOP/B} \\approx 206\\,\\text{FLOP/B}")),
                equations.toString());
        // Every formula in the article is sourced: the training-time section uses the formula library.
        assertTrue(equations.stream().anyMatch(e -> e.startsWith("\\operatorname{train\\_flops}\\left(\\text{Llama 3.1 405B}\\right) = 6\\,N\\,D")),
                equations.toString());
        assertTrue(equations.stream().anyMatch(e -> e.endsWith("\\approx 62.9\\text{--}71.2\\,\\text{days}")), equations.toString());
        assertTrue(equations.stream().noneMatch(e -> e.contains("\\propto")), equations.toString());
    }

    @Test
    void exampleArticleChartsAreInlineAccessibleSvgDrawnFromTheData() throws IOException {
        Document doc = parse(out.resolve("blog/ai-efficiency-introduction/index.html"));
        List<Element> charts = doc.select("figure.chart");
        assertEquals(3, charts.size());
        for (Element figure : charts) {
            var svg = Jsoup.parse(figure.selectFirst("svg").outerHtml(), "", Parser.xmlParser()).selectFirst("svg");
            assertEquals("img", svg.attr("role"));
            // The caption reads "Figure 1: title"; the SVG's own title is the title alone.
            assertEquals(figure.selectFirst("figcaption").ownText().strip(), svg.selectFirst("title").text());
            assertFalse(svg.selectFirst("desc").text().isBlank());
        }
        Element scaling = charts.get(0);
        assertTrue(plain(scaling.select(".chart-labels text").eachText()).containsAll(List.of("10⁷ params", "10¹¹ params")));
        Element roofline = charts.get(1);
        assertTrue(roofline.select(".chart-labels text").eachText().contains("1 PFLOP/s"));
        // A label may take two lines, the second a tspan.
        assertEquals(List.of("H200 ridge 206 FLOP/B", "H100 ridge 295 FLOP/B", "B200 ridge 292 FLOP/B"),
                roofline.select(".chart-marker-label").stream()
                        .map(label -> String.join(" ", label.textNodes().get(0).text(), label.select("tspan").text()).strip())
                        .toList());
        // Training time against the number of GPUs: two series, each a band over the reported MFU range.
        Element training = charts.get(2);
        assertEquals(List.of("H100", "B200"), training.select(".chart-legend text").eachText());
        assertEquals(2, training.select("path.chart-band").size());
        assertTrue(training.select(".chart-labels text").eachText().contains("100 days"));
    }

    @Test
    void exampleArticleHasContentsCrossReferencesCitationsAndIsPartOneOfASeries() throws IOException {
        Document doc = parse(out.resolve("blog/ai-efficiency-introduction/index.html"));
        assertTrue(doc.select("nav.toc a[href=#the-scaling-hypothesis]").size() == 1, "contents");
        assertEquals("Part 1 of 3 in the series AI Efficiency", doc.selectFirst("nav.series p").text());
        assertEquals(BASE + "blog/ai-efficiency-weights/", doc.selectFirst("nav.series a[href*=weights]").absUrl("href"));
        for (Element xref : doc.select("a.xref")) {
            assertEquals(1, doc.select("[id=" + xref.attr("href").substring(1) + "]").size(), xref.outerHtml());
        }
        assertTrue(doc.select("a.xref").eachText().containsAll(List.of("Equation 1", "Figure 1", "Figure 2")),
                doc.select("a.xref").eachText().toString());
        List<String> cited = doc.select("section.references li").eachAttr("id");
        assertTrue(cited.size() >= 2 && cited.containsAll(List.of("ref-kaplan2020", "ref-williams2009")), cited.toString());
        Document series = parse(out.resolve("series/ai-efficiency/index.html"));
        assertEquals(List.of("AI Efficiency I: An introduction", "AI Efficiency II: Where the weights live",
                        "AI Efficiency III: What a training run costs"),
                series.select(".series-parts li > a").eachText());
    }

    @Test
    void partThreeComputesItsRunFromTheDataSetAndShowsPercentagesAsPercentages() throws IOException {
        Document doc = parse(out.resolve("blog/ai-efficiency-training-run/index.html"));
        Element runs = doc.selectFirst("figure#tbl-runs table");
        assertEquals(6, runs.select("tbody tr").size());
        assertEquals("341 TFLOP/s", runs.select("tbody tr:contains(Llama 3.1 405B) td").last().text().replace('\u00a0', ' '));
        String text = doc.select("article p").text().replace('\u00a0', ' ');
        assertTrue(text.contains("a model FLOP utilisation (MFU) of 38–43% across"), "a range written in % reads in %");
        assertTrue(text.contains("as a whole, 34.5%, below"), text);
        // The substituted MFU in the derived equation is a percentage too, not 0.38–0.43.
        String ideal = doc.select("div.calc-equation annotation").get(1).text();
        assertTrue(ideal.contains("38\\text{--}43\\%"), ideal);
        Element chart = doc.selectFirst("figure#fig-mfu svg");
        assertEquals(List.of("H100", "B200", "MI300X"), chart.select(".chart-legend text").eachText());
        assertTrue(chart.select(".chart-labels text").eachText().contains("40%"), chart.select(".chart-labels text").eachText().toString());
        assertEquals(List.of("ref-deepseekv3_2024", "ref-llama3herd2024"), doc.select("section.references li").eachAttr("id"));
    }

    @Test
    void feedsAndSitemapAreWellFormedXmlAndListEveryPublishedPost() {
        var atom = SiteChecks.parseXml(out.resolve("atom.xml"));
        var rss = SiteChecks.parseXml(out.resolve("rss.xml"));
        var sitemap = SiteChecks.parseXml(out.resolve("sitemap.xml"));
        assertEquals(PUBLISHED.stream().map(u -> BASE + u).toList(), texts(atom.getElementsByTagNameNS(ATOM, "id")).subList(1, 1 + PUBLISHED.size()));
        assertEquals(PUBLISHED.stream().map(u -> BASE + u).toList(), texts(rss.getElementsByTagName("guid")));
        List<String> locs = texts(sitemap.getElementsByTagName("loc"));
        for (String post : PUBLISHED) {
            assertTrue(locs.contains(BASE + post), post + " in " + locs);
        }
        assertEquals("rss", rss.getDocumentElement().getTagName());
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        assertTrue(Files.exists(out.resolve("robots.txt")));
    }

    @Test
    void feedContentIsFullAndEveryUrlInItIsAbsolute() {
        var rss = SiteChecks.parseXml(out.resolve("rss.xml"));
        var atom = SiteChecks.parseXml(out.resolve("atom.xml"));
        List<String> contents = new java.util.ArrayList<>(texts(rss.getElementsByTagName("description")).subList(1, 1 + PUBLISHED.size()));
        contents.addAll(texts(atom.getElementsByTagNameNS(ATOM, "content")));
        for (String html : contents) {
            SiteChecks.assertNoSiteRelativeUrls(html, "feed content");
        }
        assertTrue(contents.stream().anyMatch(html -> html.contains("<annotation encoding=\"application/x-tex\">")),
                "full content, math included");
    }

    @Test
    void everyComputedNumberOfAPostLeadsToItsSourcesAndFeedsCarryThemAsPlainLinks() throws IOException {
        org.jsoup.nodes.Document post = org.jsoup.Jsoup.parse(Files.readString(out.resolve(PUBLISHED.get(0) + "index.html")));
        var values = post.select("a.calc-value, .calc-sources-link a");
        assertFalse(values.isEmpty(), "the example's first post computes numbers");
        for (var value : values) {
            String id = value.attr("href").substring(1);
            assertTrue(post.getElementById(id) != null && post.getElementById(id + "-what") != null, "no entry " + id);
            assertFalse(value.attr("title").isBlank());
        }
        var section = post.getElementById("figure-sources");
        assertTrue(section != null && !section.select("table.figure-sources-data tbody tr").isEmpty(), "data figures listed");
        section.select("a[href^=#]").forEach(a -> assertTrue(post.getElementById(a.attr("href").substring(1)) != null, a.attr("href")));

        var atom = SiteChecks.parseXml(out.resolve("atom.xml"));
        for (String html : texts(atom.getElementsByTagNameNS(ATOM, "content"))) {
            org.jsoup.nodes.Document entry = org.jsoup.Jsoup.parseBodyFragment(html);
            assertTrue(entry.select("a.calc-value, .calc-sources-link, #figure-sources").isEmpty(), "numbers are plain text in feeds");
        }
        assertTrue(texts(atom.getElementsByTagNameNS(ATOM, "content")).stream()
                .anyMatch(h -> h.contains("href=\"" + BASE + PUBLISHED.get(0) + "#figure-sources\">Figures and sources</a>")));
    }

    @Test
    void draftsAreLeftOutEverywhere() throws IOException {
        assertEquals(1, summary.skippedDrafts());
        assertFalse(Files.exists(out.resolve("blog/roofline-notes")));
        for (Path file : List.of(out.resolve("atom.xml"), out.resolve("rss.xml"), out.resolve("sitemap.xml"),
                out.resolve("blog/index.html"), out.resolve("tags/hardware/index.html"))) {
            assertFalse(Files.readString(file).contains("roofline-notes"), file.toString());
        }
    }

    @Test
    void everyPageCarriesTitleDescriptionCanonicalAndSocialTags() {
        for (Path page : SiteChecks.htmlPages(out)) {
            Document doc = SiteChecks.parse(out, page, BASE);
            for (String tag : List.of("meta[property=og:title]", "meta[property=og:url]", "meta[property=og:type]",
                    "meta[property=og:image]", "meta[name=twitter:card][content=summary_large_image]",
                    "meta[name=twitter:image]", "meta[name=description]")) {
                assertEquals(1, doc.select(tag).size(), page + " has one " + tag);
            }
            assertTrue(doc.selectFirst("meta[property=og:image]").attr("content").startsWith(BASE), page.toString());
            assertEquals(1, doc.select("link[rel=canonical]").size(), page.toString());
        }
    }

    @Test
    void postsHaveArticleTagsAndValidBlogPostingJsonLd() throws IOException {
        try (var js = SiteChecks.javaScript()) {
            for (String post : PUBLISHED) {
                Document doc = parse(out.resolve(post + "index.html"));
                String title = doc.selectFirst("meta[property=og:title]").attr("content");
                assertEquals(title + " | Reckon Notes", doc.title());
                assertEquals("article", doc.selectFirst("meta[property=og:type]").attr("content"));
                assertTrue(doc.selectFirst("meta[property=article:published_time]").attr("content")
                        .matches("\\d{4}-\\d{2}-\\d{2}"));
                var json = SiteChecks.parseJson(js, doc.selectFirst("script[type=application/ld+json]").data());
                assertEquals("https://schema.org", json.getMember("@context").asString());
                assertEquals("BlogPosting", json.getMember("@type").asString());
                assertEquals(title, json.getMember("headline").asString());
                assertEquals(BASE + post, json.getMember("url").asString());
                assertEquals(doc.selectFirst("link[rel=canonical]").attr("href"), json.getMember("url").asString());
                assertTrue(json.getMember("datePublished").asString().matches("\\d{4}-\\d{2}-\\d{2}"));
                assertTrue(json.getMember("dateModified").asString().compareTo(json.getMember("datePublished").asString()) >= 0);
                assertEquals("Person", json.getMember("author").getMember("@type").asString());
                assertFalse(json.getMember("author").getMember("name").asString().isBlank());
                String image = json.getMember("image").asString();
                assertEquals(doc.selectFirst("meta[property=og:image]").attr("content"), image);
                assertEquals(BASE + post + "og.png", image);
                BufferedImage png = ImageIO.read(out.resolve(post + "og.png").toFile());
                assertEquals(1200, png.getWidth());
                assertEquals(630, png.getHeight());
            }
        }
    }

    @Test
    void codeIsHighlightedAtBuildTime() throws IOException {
        Document doc = parse(out.resolve("blog/checking-a-figure-by-hand/index.html"));
        assertFalse(doc.select("pre > code.language-python > span.token.keyword, pre > code.language-python > span.token.comment").isEmpty());
        assertFalse(doc.select("pre > code.language-sh span.token").isEmpty());
        assertEquals(List.of(), doc.select("script:not([type=application/ld+json])").eachAttr("src"));
    }

    private static List<String> texts(org.w3c.dom.NodeList nodes) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
