package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site published under a subpath (https://example.org/sub/): nothing may point at the host's root. */
class SubpathSiteTest {
    private static final String BASE = "https://example.org/sub/";

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        out = temp.resolve("public");
        TestSites.build(site, out);
    }

    @Test
    void everyLinkAndAssetResolvesUnderTheSubpath() {
        SiteChecks.assertInternalLinksResolve(out, BASE);
    }

    @Test
    void noPageLinksOutsideTheSubpath() {
        for (Path page : SiteChecks.htmlPages(out)) {
            for (Element element : SiteChecks.parse(out, page, BASE).select("[href^=/], [src^=/]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertTrue(url.startsWith("/sub/"), page + ": " + element);
            }
        }
    }

    @Test
    void anImageInFrontMatterReplacesTheDrawnCardEverywhere() {
        var doc = SiteChecks.parse(out, out.resolve("blog/bundled/index.html"), BASE);
        String image = BASE + "blog/bundled/diagram.svg";
        assertEquals(image, doc.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals(image, doc.selectFirst("meta[name=twitter:image]").attr("content"));
        assertTrue(doc.selectFirst("script[type=application/ld+json]").data().contains("\"image\":\"" + image + "\""));
        assertTrue(doc.select("meta[property=og:image:width]").isEmpty(), "the size of an author's image is not known");
        assertFalse(Files.exists(out.resolve("blog/bundled/og.png")));
    }

    @Test
    void robotsAndSocialImagesUseTheFullBaseUrl() throws IOException {
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));
        assertTrue(Files.isRegularFile(out.resolve("og.png")));
        assertTrue(Files.isRegularFile(out.resolve("blog/first/og.png")));
        assertFalse(Files.exists(out.resolve("blog/draft")));
        assertEquals(BASE + "blog/first/og.png", SiteChecks.parse(out, out.resolve("blog/first/index.html"), BASE)
                .selectFirst("meta[name=twitter:image]").attr("content"));
    }
}
