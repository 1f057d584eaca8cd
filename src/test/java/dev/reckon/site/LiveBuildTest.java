package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live (serve) builder redoes only what an edit affects, and writes what a build from nothing writes. */
class LiveBuildTest {
    @TempDir
    Path temp;

    @Test
    void anEditLaysOutOnlyTheAffectedPostsAndTheOutputMatchesAColdBuild() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path out = temp.resolve("serve");
        Files.writeString(site.resolve("content/posts/oldest.md"), "---\ntitle: Oldest\ndate: 2024-01-01\n---\nThe oldest post.\n");
        SiteBuilder live = TestSites.builder(site).live();
        int posts = live.build(options(site, out)).posts();
        assertEquals(3, posts, "first.md sits between two posts");

        Path first = site.resolve("content/posts/first.md");
        Files.writeString(first, Files.readString(first) + "\nA sentence added while serving.\n");
        live.build(options(site, out));
        assertEquals(java.util.Set.of("blog/first/index.html", "about/index.html"), live.laidOut(),
                "a body edit lays out the edited post alone (and standalone pages, whose model holds their HTML)");
        assertTrue(Files.readString(out.resolve("blog/first/index.html")).contains("A sentence added while serving."));
        assertSameAsColdBuild(site, out, "body-edit");

        // A new title shows in the neighbours' previous/next links: they are laid out again too.
        Files.writeString(first, Files.readString(first).replaceFirst("title: .*", "title: A renamed first post"));
        live.build(options(site, out));
        assertTrue(live.laidOut().containsAll(java.util.Set.of("blog/first/index.html", "blog/bundled/index.html",
                "blog/oldest/index.html", "index.html", "blog/page/2/index.html")),
                "a renamed post's neighbours and the lists showing its title are laid out again: " + live.laidOut());
        assertSameAsColdBuild(site, out, "title-edit");

        Path template = site.resolve("templates/post.ftlh");
        Files.writeString(template, Files.readString(template) + "<!-- edited template -->\n");
        live.build(options(site, out));
        assertTrue(live.laidOut().containsAll(java.util.Set.of("blog/first/index.html", "blog/bundled/index.html",
                "blog/oldest/index.html", "blog/index.html", "404.html")), "a template edit lays out every page: " + live.laidOut());
        assertTrue(Files.readString(out.resolve("blog/first/index.html")).contains("edited template"));
        assertSameAsColdBuild(site, out, "template-edit");
    }

    private void assertSameAsColdBuild(Path site, Path served, String name) throws IOException {
        Path cold = temp.resolve("cold-" + name);
        TestSites.builder(site).renderingEveryPage().build(options(site, cold));
        MathCacheSiteTest.assertSameTree(cold, served);
    }

    private static BuildOptions options(Path site, Path out) {
        return new BuildOptions(site, out, false, false, TestSites.TODAY);
    }
}
