package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site needs no templates of its own: the default theme shipped in Reckon lays it out, and a
 * site's {@code templates/NAME} and {@code templates/assets/} files replace the theme's file by file.
 */
class DefaultThemeTest {
    private static final Path BASIC = TestSites.REPO.resolve("src/test/resources/sites/basic/site");

    @TempDir
    Path temp;

    @Test
    void aSiteWithoutTemplatesIsBuiltExactlyAsWithTheRepositorysTemplatesCopiedIn() throws IOException {
        Path bare = temp.resolve("bare");
        TestSites.copyTree(BASIC, bare);
        assertFalse(Files.exists(bare.resolve("templates")));
        TestSites.build(bare, temp.resolve("bare-out"));

        Path themed = TestSites.copySite(BASIC, temp.resolve("themed"));
        TestSites.build(themed, temp.resolve("themed-out"));

        MathCacheSiteTest.assertSameTree(temp.resolve("themed-out"), temp.resolve("bare-out"));
        assertTrue(Files.exists(temp.resolve("bare-out/assets/style.css")));
        assertTrue(Files.exists(temp.resolve("bare-out/assets/favicon.svg")));
    }

    @Test
    void aSiteTemplateReplacesTheThemesFileOfThatNameAndTheRestStillComesFromTheTheme() throws IOException {
        Path site = temp.resolve("site");
        TestSites.copyTree(BASIC, site);
        String post = Files.readString(TestSites.REPO.resolve("templates/post.ftlh"));
        Files.createDirectories(site.resolve("templates/assets"));
        Files.writeString(site.resolve("templates/post.ftlh"), post.replace("<article class=\"post\">",
                "<article class=\"post my-own-post\">"));
        Files.writeString(site.resolve("templates/assets/style.css"), "body { color: rebeccapurple }\n");
        Files.writeString(site.resolve("templates/assets/extra.txt"), "added by the site\n");
        Path out = temp.resolve("out");
        TestSites.build(site, out);

        String postHtml = Files.readString(out.resolve("blog/first/index.html"));
        assertTrue(postHtml.contains("my-own-post"), "the site's post.ftlh");
        assertTrue(postHtml.contains("assets/style.css"), "the theme's base.ftlh, imported by the site's post.ftlh");
        assertFalse(Files.readString(out.resolve("about/index.html")).contains("my-own-post"), "the theme's page.ftlh");
        assertEquals("body { color: rebeccapurple }\n", Files.readString(out.resolve("assets/style.css")));
        assertEquals("added by the site\n", Files.readString(out.resolve("assets/extra.txt")));
        assertArrayEquals(Files.readAllBytes(TestSites.REPO.resolve("templates/assets/favicon.svg")),
                Files.readAllBytes(out.resolve("assets/favicon.svg")), "an asset the site does not replace");
    }

    @Test
    void aTemplateAddedWhileServingReplacesTheThemesAtTheNextRebuild() throws IOException {
        Path site = temp.resolve("site");
        TestSites.copyTree(BASIC, site);
        Path out = temp.resolve("serve");
        var live = TestSites.serving(site, out);
        live.get();
        assertFalse(Files.readString(out.resolve("blog/first/index.html")).contains("added-later"));

        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/post.ftlh"), Files.readString(TestSites.REPO.resolve("templates/post.ftlh"))
                .replace("<article class=\"post\">", "<article class=\"post added-later\">"));
        live.get();
        assertTrue(Files.readString(out.resolve("blog/first/index.html")).contains("added-later"));

        Files.delete(site.resolve("templates/post.ftlh"));
        live.get();
        assertFalse(Files.readString(out.resolve("blog/first/index.html")).contains("added-later"),
                "removing the site's file brings the theme's back");
    }
}
