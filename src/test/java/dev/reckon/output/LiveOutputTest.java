package dev.reckon.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's output: only changed files are written, removed ones deleted, failed builds leave no trace. */
class LiveOutputTest {
    @TempDir
    Path temp;

    @Test
    void aBuildWritesOnlyWhatChangedAndRemovesWhatWentAway() throws IOException {
        Path root = temp.resolve("site");
        Files.createDirectories(root.resolve("content"));
        Path out = root.resolve(".reckon/serve");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputDirectory.MARKER), "earlier session");
        Files.writeString(out.resolve("stale.html"), "from an earlier session");
        LiveOutput live = new LiveOutput(out);

        publish(live, root, "index.html", "home", "blog/a/index.html", "a", "blog/b/index.html", "b");
        assertFalse(Files.exists(out.resolve("stale.html")), "the first build starts from an empty folder");
        Path a = out.resolve("blog/a/index.html");
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(a, old);
        Files.setLastModifiedTime(out.resolve("index.html"), old);

        publish(live, root, "index.html", "home, edited", "blog/a/index.html", "a");
        assertEquals(old, Files.getLastModifiedTime(a), "an unchanged file is not written again");
        assertEquals("home, edited", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("blog/b")), "a page that went away is removed, with its folder");
        assertTrue(Files.isDirectory(out.resolve("blog")), "a folder still holding pages stays");

        SiteOutput failed = live.begin(root);
        failed.write("index.html", bytes("half a build"));
        failed.abandon();
        assertEquals("home, edited", Files.readString(out.resolve("index.html")), "nothing of a failed build shows");

        ReckonException outside = assertThrows(ReckonException.class, () -> live.begin(root).write("../escape.html", bytes("x")));
        assertTrue(outside.getMessage().startsWith("refusing to write outside the output directory"), outside.getMessage());
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }

    private static void publish(LiveOutput live, Path root, String... pathsAndTexts) {
        SiteOutput build = live.begin(root);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            build.write(pathsAndTexts[i], bytes(pathsAndTexts[i + 1]));
        }
        build.commit();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
