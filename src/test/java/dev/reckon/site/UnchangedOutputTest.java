package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reckon.diag.ReckonException;
import dev.reckon.output.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild rewrites only the output files whose bytes changed. */
class UnchangedOutputTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    @Test
    void unchangedFilesKeepTheirModificationTimeAndChangedOnesAreRewritten() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Map<String, byte[]> first = TestSites.snapshot(out);
        for (String f : first.keySet()) {
            Files.setLastModifiedTime(out.resolve(f), LONG_AGO);
        }

        TestSites.build(site, out);
        for (String f : first.keySet()) {
            assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve(f)), f + " was not rewritten");
        }

        Path post = site.resolve("content/posts/first.md");
        Files.writeString(post, Files.readString(post) + "\nOne more sentence.\n");
        TestSites.build(site, out);
        Map<String, byte[]> third = TestSites.snapshot(out);
        int rewritten = 0;
        for (String f : third.keySet()) {
            boolean same = first.containsKey(f) && java.util.Arrays.equals(first.get(f), third.get(f));
            FileTime time = Files.getLastModifiedTime(out.resolve(f));
            if (same) {
                assertEquals(LONG_AGO, time, f + " is unchanged");
            } else {
                assertNotEquals(LONG_AGO, time, f + " changed and was written");
                rewritten++;
            }
        }
        assertEquals(true, rewritten > 0 && rewritten < third.size(), "some but not all files changed: " + rewritten);
    }

    @Test
    void aFailedRebuildLeavesThePublishedFilesAsTheyWere() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Map<String, byte[]> before = TestSites.snapshot(out);

        // Staging links to published files; a failure while writing must not touch them.
        OutputDirectory dir = OutputDirectory.open(out, site);
        String page = before.keySet().stream().filter(f -> f.endsWith(".html")).findFirst().orElseThrow();
        dir.write(page, before.get(page));
        // A second file at one path is refused (it would replace the first), so it never reaches the link either.
        assertThrows(ReckonException.class, () -> dir.write(page, "rewritten in the same build".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ReckonException.class, () -> dir.write("../escape.html", new byte[0]));
        dir.abandon();

        Map<String, byte[]> after = TestSites.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertEquals(-1, java.util.Arrays.mismatch(before.get(f), after.get(f)), f);
        }
    }
}
