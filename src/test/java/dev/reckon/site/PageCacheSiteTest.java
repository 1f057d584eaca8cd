package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.ReckonException;
import dev.reckon.files.FileTrees;
import dev.reckon.layout.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged pages skip Markdown; the output is the same bytes a build from nothing writes. */
class PageCacheSiteTest {
    /** Two records, one computed from the other, and one no page reads. */
    private static final String LAB = """
            kind: accelerator
            records:
              lab_gpu:
                name: Lab GPU
                source: https://example.com/lab-gpu
                confirmed: U
                data:
                  memory: %s
              lab_node:
                name: Lab node of eight GPUs
                source: https://example.com/lab-node
                confirmed: U
                data:
                  memory: 8 * lab_gpu.memory
              lab_spare:
                name: Lab spare
                source: https://example.com/lab-spare
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
        Path about = site.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nA lab node holds `= lab_node.memory`.\n");
        Path data = site.resolve("content/data/lab.yaml");
        Files.createDirectories(data.getParent());
        Files.writeString(data, LAB.formatted("24 GB", "1 GB"));
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

        // A data edit renders again exactly the pages that read what changed: the post reading
        // lab_gpu, and the page reading lab_node, whose figure is computed from lab_gpu.
        Files.writeString(data, LAB.formatted("48 GB", "1 GB"));
        BuildSummary newData = builder.build(options(site, "new-data"));
        assertEquals(2, newData.markdownRendered());
        String bundled = Files.readString(temp.resolve("new-data/blog/bundled/index.html"));
        assertTrue(bundled.contains(">48\u00A0GB<"), bundled);
        assertTrue(Files.readString(temp.resolve("new-data/about/index.html")).contains(">384\u00A0GB<"));
        assertNotEquals(Files.readString(temp.resolve("edited/blog/bundled/index.html")), bundled);
        assertEqualsColdBuild(site, "new-data");

        // A record no page reads: nothing to render.
        Files.writeString(data, LAB.formatted("48 GB", "2 GB"));
        assertEquals(0, builder.build(options(site, "spare-data")).markdownRendered());

        // A new record named like a name a page defines makes that page an error, not a stale copy.
        Files.writeString(first, Files.readString(first) + "\n```calc\nlab_extra = 3 GB\n```\n");
        builder.build(options(site, "defines-name"));
        Files.writeString(data, LAB.formatted("48 GB", "2 GB") + LAB_EXTRA);
        ReckonException clash = assertThrows(ReckonException.class, () -> builder.build(options(site, "clash")));
        assertEquals("'lab_extra' is a data record", clash.diagnostics().get(0).message());
    }

    private static final String LAB_EXTRA = """
              lab_extra:
                name: Lab extra
                source: https://example.com/lab-extra
                confirmed: U
                data:
                  memory: 3 GB
            """;

    @Test
    void aBuilderKeepsItsTemplatesButSeesEveryEdit() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        SiteBuilder builder = TestSites.builder(site);
        builder.build(options(site, "before"));
        Templates kept = builder.lastTemplates();
        Path template = site.resolve("templates/404.ftlh");
        Files.writeString(template, Files.readString(template).replace("<h1>Page not found</h1>", "<h1>Page not found</h1><p>Edited template.</p>"));
        builder.build(options(site, "after"));
        assertSame(kept, builder.lastTemplates(), "compiled templates are kept, not configured afresh");
        assertTrue(Files.readString(temp.resolve("after/404.html")).contains("Edited template."));
        Files.delete(template);
        builder.build(options(site, "deleted"));
        assertFalse(Files.readString(temp.resolve("deleted/404.html")).contains("Edited template."),
                "a deleted site template gives way to the default theme's");
    }

    @Test
    void aBibliographyEditRendersAgainOnlyThePagesThatCite() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/article/site"), temp.resolve("site"));
        assertEquals(2, TestSites.builder(site).build(options(site, "cold")).markdownRendered());
        BuildSummary warm = TestSites.builder(site).build(options(site, "warm"));
        assertEquals(0, warm.markdownRendered(), "a warm build parses no Markdown, bibliography or not");
        MathCacheSiteTest.assertSameTree(temp.resolve("cold"), temp.resolve("warm"));

        // Both posts cite from content/references.bib: both render again, and show the edit.
        Path bib = site.resolve("content/references.bib");
        Files.writeString(bib, Files.readString(bib).replace("Scaling Laws for Neural Language Models", "Scaling Laws, Revised"));
        BuildSummary edited = TestSites.builder(site).build(options(site, "edited"));
        assertEquals(2, edited.markdownRendered());
        assertTrue(Files.readString(temp.resolve("edited/blog/part-two/index.html")).contains("Scaling Laws, Revised."));
        assertEqualsColdBuild(site, "edited");

        // Only part two reads its own extra.bib.
        Path extra = site.resolve("content/posts/part-two/extra.bib");
        Files.writeString(extra, Files.readString(extra).replace("{2022}", "{2023}"));
        BuildSummary own = TestSites.builder(site).build(options(site, "own"));
        assertEquals(1, own.markdownRendered());
        assertTrue(Files.readString(temp.resolve("own/blog/part-two/index.html")).contains("Hoffmann et al., 2023"));
    }

    private void assertEqualsColdBuild(Path site, String built) throws IOException {
        Path fresh = temp.resolve("fresh-" + built);
        FileTrees.delete(site.resolve(".reckon"));
        TestSites.builder(site).build(options(site, fresh.getFileName().toString()));
        MathCacheSiteTest.assertSameTree(fresh, temp.resolve(built));
    }

    private BuildOptions options(Path site, String out) {
        return new BuildOptions(site, temp.resolve(out), false, false, TestSites.TODAY);
    }
}
