package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.output.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build links files published before from the blob store instead of writing them again. */
class OutputBlobsSiteTest {
    @TempDir
    Path temp;

    @Test
    void aRebuildAfterTheOutputWasDeletedLinksTheSameBytes() throws IOException {
        Path site = basicSite();
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Map<String, byte[]> first = TestSites.snapshot(out);
        OutputDirectory.deleteTree(out);

        TestSites.build(site, out);
        Map<String, byte[]> second = TestSites.snapshot(out);
        assertEquals(first.keySet(), second.keySet());
        int linked = 0;
        for (String f : first.keySet()) {
            assertArrayEquals(first.get(f), second.get(f), f);
            // Pages, feeds and cards are written; assets are copied from the site, never linked.
            if (f.matches(".*\\.(html|xml|png|txt)")) {
                assertEquals(2, links(out.resolve(f)), f + " is a link to its blob");
                linked++;
            }
        }
        assertTrue(linked > 5, "pages linked: " + linked);
    }

    @Test
    void aBlobEditedInPlaceThroughThePublishedFileIsReplacedNotPublished() throws IOException {
        Path site = basicSite();
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Map<String, byte[]> first = TestSites.snapshot(out);
        String page = first.keySet().stream().filter(f -> f.endsWith(".html")).findFirst().orElseThrow();
        // An in-place edit of a published file (a post-processing script) edits its blob too.
        Files.write(out.resolve(page), "tampered".getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING);
        OutputDirectory.deleteTree(out);

        TestSites.build(site, out);
        assertArrayEquals(first.get(page), Files.readAllBytes(out.resolve(page)));
    }

    @Test
    void linkedFilesHaveTheModeAnyNewFileGetsAndTheTimeTheyChanged() throws IOException {
        Path site = basicSite();
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Path page = out.resolve("index.html");
        Path fresh = Files.createFile(temp.resolve("fresh"));
        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(page), "readable as any file");

        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(page, longAgo);
        OutputDirectory.deleteTree(out);
        TestSites.build(site, out);
        assertTrue(Files.getLastModifiedTime(out.resolve("index.html")).compareTo(longAgo) > 0,
                "a page written again, from its blob, is as new as a written one");
    }

    @Test
    void eachOutputFolderHasItsOwnBlobs() throws IOException {
        Path site = basicSite();
        TestSites.build(site, temp.resolve("public"));
        TestSites.build(site, temp.resolve("preview"));
        Object one = Files.getAttribute(temp.resolve("public/index.html"), "unix:ino");
        Object other = Files.getAttribute(temp.resolve("preview/index.html"), "unix:ino");
        assertNotEquals(one, other, "an in-place edit of one folder's page must not show in the other's");
    }

    @Test
    void withoutAUsableStoreFilesAreWrittenAsBefore() throws IOException {
        Path site = basicSite();
        Files.createDirectories(site.resolve(OutputDirectory.BLOBS).getParent());
        Files.writeString(site.resolve(OutputDirectory.BLOBS), "not a folder");
        Path out = temp.resolve("public");

        TestSites.build(site, out);
        Map<String, byte[]> files = TestSites.snapshot(out);
        assertFalse(files.isEmpty());
        for (String f : files.keySet()) {
            assertEquals(1, links(out.resolve(f)), f);
        }
    }

    private Path basicSite() {
        return TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
    }

    private static int links(Path file) throws IOException {
        return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
    }
}
