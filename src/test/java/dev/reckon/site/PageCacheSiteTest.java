package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged pages skip Markdown; the output is the same bytes a build from nothing writes. */
class PageCacheSiteTest {
    private static final String LAB_GPU = """
            kind: accelerator
            records:
              lab_gpu:
                name: Lab GPU
                source: https://example.com/lab-gpu
                confirmed: U
                data:
                  memory: %s
            """;

    @TempDir
    Path temp;

    @Test
    void onlyChangedPagesAreRenderedAgainAndTheBytesMatchAColdBuild() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path post = site.resolve("content/posts/bundled/index.md");
        Files.writeString(post, Files.readString(post) + "\nThe lab GPU holds `= lab_gpu.memory`.\n");
        Path data = site.resolve("content/data/lab.yaml");
        Files.createDirectories(data.getParent());
        Files.writeString(data, LAB_GPU.formatted("24 GB"));
        SiteBuilder builder = TestSites.builder(site);

        BuildSummary cold = builder.build(options(site, "cold"));
        assertEquals(0, cold.markdownUnchanged());
        int markdownFiles = cold.markdownRendered();

        // A new builder (a new process): the entries come from disk. Same bytes as the cold build.
        BuildSummary warm = TestSites.builder(site).build(options(site, "warm"));
        assertEquals(0, warm.markdownRendered());
        assertEquals(markdownFiles, warm.markdownUnchanged());
        MathCacheSiteTest.assertSameTree(temp.resolve("cold"), temp.resolve("warm"));

        // Editing one post renders that post alone, and the page shows the edit.
        Path first = site.resolve("content/posts/first.md");
        Files.writeString(first, Files.readString(first).replace("## The scaling hypothesis", "## The scaling hypothesis, again"));
        BuildSummary edited = builder.build(options(site, "edited"));
        assertEquals(1, edited.markdownRendered());
        assertTrue(Files.readString(temp.resolve("edited/blog/first/index.html")).contains("The scaling hypothesis, again"));
        assertEqualsColdBuild(site, "edited");

        // A data file can be read by any page's directives: every page is rendered again.
        Files.writeString(data, LAB_GPU.formatted("48 GB"));
        BuildSummary newData = builder.build(options(site, "new-data"));
        assertEquals(markdownFiles, newData.markdownRendered());
        String bundled = Files.readString(temp.resolve("new-data/blog/bundled/index.html"));
        assertTrue(bundled.contains(">48.0 GB<"), bundled);
        assertNotEquals(Files.readString(temp.resolve("edited/blog/bundled/index.html")), bundled);
        assertEqualsColdBuild(site, "new-data");
    }

    private void assertEqualsColdBuild(Path site, String built) throws IOException {
        Path fresh = temp.resolve("fresh-" + built);
        OutputDirectory.deleteTree(site.resolve(".reckon"));
        TestSites.builder(site).build(options(site, fresh.getFileName().toString()));
        MathCacheSiteTest.assertSameTree(fresh, temp.resolve(built));
    }

    private BuildOptions options(Path site, String out) {
        return new BuildOptions(site, temp.resolve(out), false, false, TestSites.TODAY);
    }
}
