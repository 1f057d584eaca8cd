package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build prints: the summary, warnings, and nothing else unless asked; no escape codes off a terminal. */
class BuildOutputTest {
    @TempDir
    Path temp;

    /** A site whose one post has an unknown front-matter key: a warning, not an error. */
    private Path siteWithWarning() throws Exception {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/check/figures-only"), temp.resolve("site"));
        Path post = site.resolve("content/posts/only.md");
        Files.writeString(post, Files.readString(post).replace("date: 2024-01-10", "date: 2024-01-10\nauthr: me"));
        return site;
    }

    @Test
    void quietPrintsNothingWhenTheBuildSucceeds() throws Exception {
        Cli r = Cli.run("build", "--quiet", "--source", siteWithWarning().toString());
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void verbosePrintsTheSummaryWarningsAndPhaseTimingsWithoutColour() throws Exception {
        Cli r = Cli.run("build", "--verbose", "--source", siteWithWarning().toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("built 5 pages (1 post), 0 formulas rendered, 0 reused in "), r.out());
        assertTrue(lines[1].startsWith("  checking for changes "), r.out());
        assertTrue(r.out().contains("\n  rendering and laying out posts "), r.out());
        assertTrue(r.err().startsWith("warning: unknown key 'authr' is ignored"), r.err());
        assertTrue(!r.out().contains("\u001b[") && !r.err().contains("\u001b["), "no colour off a terminal");
    }
}
