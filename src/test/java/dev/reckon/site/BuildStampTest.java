package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.js.SharedJs;
import dev.reckon.math.KatexRenderer;
import dev.reckon.math.SharedKatex;
import dev.reckon.output.BuildStamp;
import dev.reckon.output.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild with nothing changed skips the work; any change to inputs or output means a full build. */
class BuildStampTest {
    @TempDir
    Path temp;

    private final AtomicInteger markdownSetups = new AtomicInteger();

    private BuildSummary build(Path site, Path out) {
        return build(new BuildOptions(site, out, false, false, TestSites.TODAY));
    }

    private BuildSummary build(BuildOptions options) {
        KatexRenderer katex = SharedKatex.get();
        return new SiteBuilder(SharedJs.get(), () -> katex, content -> {
            markdownSetups.incrementAndGet();
            return List.of();
        }).build(options);
    }

    @Test
    void anUnchangedRebuildIsSkippedAndAnyChangeRebuilds() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        // The basic site warns about nothing, so its builds are recorded.
        Path out = temp.resolve("public");
        BuildSummary first = build(site, out);
        assertTrue(first.warnings().isEmpty(), "precondition: " + first.warnings());
        assertEquals(1, markdownSetups.get());

        BuildSummary again = build(site, out);
        assertEquals(1, markdownSetups.get(), "nothing changed: the content is not even loaded");
        assertEquals(first.pages(), again.pages());
        assertEquals(0, again.formulasRendered());
        assertEquals(first.formulasRendered() + first.formulasReused(), again.formulasReused());

        // A changed input: full build.
        Path post = site.resolve("content/posts/first.md");
        Files.writeString(post, Files.readString(post) + "\nA new line.\n");
        build(site, out);
        assertEquals(2, markdownSetups.get());

        // A touched output (a deleted page): full build, and the page is back.
        Path page = MathCacheSiteTest.relativeFiles(out).stream()
                .filter(f -> f.endsWith(".html")).map(out::resolve).findFirst().orElseThrow();
        Files.delete(page);
        build(site, out);
        assertEquals(3, markdownSetups.get());
        assertTrue(Files.exists(page));

        // Other options (here another output folder): full build.
        build(site, temp.resolve("elsewhere"));
        assertEquals(4, markdownSetups.get());

        // A damaged stamp: full build.
        build(site, out);
        Files.writeString(site.resolve(BuildStamp.FILE), "garbage");
        int before = markdownSetups.get();
        build(site, out);
        assertEquals(before + 1, markdownSetups.get());
    }

    @Test
    void aThrowAwayBuildAlwaysRunsAndLeavesTheStampOfThePublishedOutput() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path stamp = site.resolve(BuildStamp.FILE);
        BuildOptions throwAway = new BuildOptions(site, temp.resolve("check"), false, false, TestSites.TODAY).thrownAway();
        build(throwAway);
        assertFalse(Files.exists(stamp), "a throw-away build records no stamp");
        assertFalse(Files.exists(site.resolve(OutputDirectory.BLOBS)), "nor keeps copies of its files");

        Path out = temp.resolve("public");
        build(site, out);
        byte[] published = Files.readAllBytes(stamp);
        build(throwAway);
        build(throwAway);
        assertEquals(4, markdownSetups.get(), "a throw-away build checks no stamp: it always runs");
        assertArrayEquals(published, Files.readAllBytes(stamp), "the stamp still describes the published output");
        build(site, out);
        assertEquals(4, markdownSetups.get(), "so the next real build is still skipped");
    }
}
