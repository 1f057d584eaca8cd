package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reckon.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting what a build faces, on real folders, with file times set as a real history would leave them. */
class SiteFactsTest {
    private static final FileTime CODE = FileTime.from(Instant.parse("2026-06-01T00:00:00Z"));
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-05-01T00:00:00Z"));
    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-07-01T00:00:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-08-01T00:00:00Z"));

    @TempDir
    Path site;

    @Test
    void countsMarkdownCachedFormulasPagesOfThisCodeAndEditsSinceTheLastBuild() throws IOException {
        for (int i = 0; i < 8; i++) {
            write(site.resolve("content/posts/p" + i + ".md"), i < 3 ? AFTER : BEFORE);
        }
        write(site.resolve("content/site.yaml"), BEFORE);
        write(site.resolve("content/posts/bundle/chart.svg"), BEFORE);
        for (int i = 0; i < 5; i++) {
            write(site.resolve(SiteBuilder.MATH_CACHE + "/ab/f" + i), BEFORE);
        }
        write(site.resolve(SiteBuilder.PAGE_CACHE + "/x/old"), BEFORE);
        write(site.resolve(SiteBuilder.PAGE_CACHE + "/x/new1"), BUILT);
        write(site.resolve(SiteBuilder.PAGE_CACHE + "/y/new2"), BUILT);
        write(site.resolve(SiteBuilder.BUILD_STAMP), BUILT);

        SiteFacts facts = SiteFacts.scan(site, CODE);
        // Edits are counted up to a quarter of the files and one more: enough to decide.
        assertEquals(new SiteFacts(8, 5, 2, 3), facts);
    }

    @Test
    void aSiteWithoutCachesOrStampIsCold() throws IOException {
        write(site.resolve("content/a.md"), AFTER);
        assertEquals(new SiteFacts(1, 0, 0, 0), SiteFacts.scan(site, CODE));
        assertEquals(new SiteFacts(0, 0, 0, 0), SiteFacts.scan(site.resolve("missing"), CODE));
    }

    private static void write(Path file, FileTime time) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, time);
    }
}
