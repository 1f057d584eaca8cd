package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feeds of the reader mini-site read back with ROME, a real feed parser, as a feed reader would
 * read them: well-formed Atom 1.0 and RSS 2.0, every entry in full, and its content fit for a reader
 * with no stylesheet: math as MathML only with its TeX, no heading anchors, charts as inline SVG with
 * their title, computed values as plain text with units.
 */
class FeedsTest {
    private static final Path SITE = TestSites.REPO.resolve("src/test/resources/sites/reader/site");
    private static final String BASE = "https://example.org/";

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("public");
        TestSites.build(TestSites.copySite(SITE, temp.resolve("site")), out);
    }

    private static SyndFeed read(String file) throws Exception {
        try (XmlReader reader = new XmlReader(out.resolve(file).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void atomAndRssParseAsFeedsWithEveryPostInFull() throws Exception {
        for (String file : List.of("atom.xml", "rss.xml")) {
            SyndFeed feed = read(file);
            assertEquals(file.equals("atom.xml") ? "atom_1.0" : "rss_2.0", feed.getFeedType(), file);
            assertEquals("Reader", feed.getTitle(), file);
            List<SyndEntry> entries = feed.getEntries();
            assertEquals(List.of("Weights and time", "Time to train"), entries.stream().map(SyndEntry::getTitle).toList(), file);
            assertEquals(List.of(BASE + "blog/weights/", BASE + "blog/time/"), entries.stream().map(SyndEntry::getLink).toList(), file);
            for (SyndEntry entry : entries) {
                assertTrue(content(entry).body().text().length() > 20, file + ": the whole post, not a summary");
            }
        }
    }

    @Test
    void mathIsMathMlOnlyWithItsTexAndDerivedEquationsAreBlocks() throws Exception {
        for (String file : List.of("atom.xml", "rss.xml")) {
            Document post = content(read(file).getEntries().get(0));
            assertTrue(post.select(".katex, .katex-html, .katex-mathml, [aria-hidden]").isEmpty(), file + ": " + post.body().html());
            List<Element> math = post.select("math");
            assertEquals(6, math.size(), file + ": every formula, the author's and the derived ones");
            for (Element formula : math) {
                assertFalse(formula.select("annotation[encoding=application/x-tex]").text().isBlank(), formula.outerHtml());
            }
            Element derived = math.stream().filter(m -> m.text().contains("parameters")).findFirst().orElseThrow();
            assertEquals("block", derived.attr("display"), "a derived equation stays a block: " + derived.outerHtml());
            assertEquals("p", post.selectFirst("p math:not([display])").parent().tagName(), "inline math stays in its sentence");
            assertEquals("h2", post.selectFirst("math").parent().tagName(), "math in a heading stays in it");
        }
    }

    @Test
    void headingsHaveNoAnchorsAndValuesAreText() throws Exception {
        Document post = content(read("atom.xml").getEntries().get(0));
        Element heading = post.selectFirst("h2");
        assertTrue(heading.select("a").isEmpty(), heading.outerHtml());
        assertTrue(heading.text().startsWith("The weights of"), heading.text());
        assertTrue(post.select("span").isEmpty(), "no layout spans are left: " + post.select("span"));
        String text = post.body().wholeText();
        assertTrue(text.contains("so 1.6\u00A0TB, or inline"), text);
        assertTrue(text.contains("4.05\u00A0×\u00A010¹¹\u00A0params parameters"), text);
    }

    @Test
    void chartsAreInlineSvgWithTheirTitle() throws Exception {
        Document post = content(read("rss.xml").getEntries().get(0));
        Element figure = post.selectFirst("figure.chart");
        assertEquals("Loss falls as a power law", figure.selectFirst("svg > title").text());
        assertEquals("Loss falls as a power law", figure.selectFirst("figcaption").text());
    }

    /** An entry's HTML: Atom's content, or RSS's description. */
    private static Document content(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        String html = contents.isEmpty() ? entry.getDescription().getValue() : contents.get(0).getValue();
        return Jsoup.parseBodyFragment(html);
    }
}
