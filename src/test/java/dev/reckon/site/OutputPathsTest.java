package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reckon.diag.ReckonException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No tag or relative path can place a file outside the output folder, or name a Windows device. */
class OutputPathsTest {
    @TempDir
    Path temp;

    @Test
    void tagsBecomeSingleSafeSegments() {
        assertEquals("etc", SiteLayout.tagSlug("../../etc"));
        assertEquals("etc-passwd", SiteLayout.tagSlug("/etc/passwd"));
        assertEquals("a-2fb", SiteLayout.tagSlug("a%2Fb"));
        assertEquals("a-b", SiteLayout.tagSlug("a\\b"));
        assertEquals("con-tag", SiteLayout.tagSlug("CON"));
        assertEquals("nul-tag", SiteLayout.tagSlug("nul"));
        assertEquals("tag", SiteLayout.tagSlug("../"));
    }

    @Test
    void writesOutsideTheStagingFolderAreRefused() {
        Path site = temp.resolve("site");
        OutputDirectory out = OutputDirectory.open(temp.resolve("public"), site);
        try {
            for (String escape : new String[] {"../escape.html", "a/../../escape.html", "/tmp/escape.html", ""}) {
                assertThrows(ReckonException.class, () -> out.write(escape, new byte[] {1}), escape);
            }
        } finally {
            out.abandon();
        }
        assertFalse(Files.exists(temp.resolve("escape.html")));
    }
}
