package dev.reckon.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staged output folder: nothing lands outside it, and a build killed mid-swap loses nothing published. */
class OutputDirectoryTest {
    @TempDir
    Path temp;

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

    /**
     * The one instant a kill cannot be aimed at from outside: between commit's two renames, when
     * the published site has been moved aside and the new one not yet moved in. The next build must
     * put the old site back before anything else.
     */
    @Test
    void aBuildKilledBetweenTheTwoRenamesGetsTheOldSiteBack() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path out = temp.resolve("public");
        OutputDirectory first = OutputDirectory.open(out, site);
        first.write("index.html", "old".getBytes(StandardCharsets.UTF_8));
        first.commit();
        Map<String, String> published = snapshot(out);
        Path stagingOfKilledBuild = Files.createDirectories(temp.resolve(".public.reckon-tmp-killed"));
        Files.writeString(stagingOfKilledBuild.resolve("index.html"), "new, unfinished");
        Files.move(out, temp.resolve(".public.reckon-old-4242"));

        OutputDirectory.open(out, site).abandon();

        assertEquals(published, snapshot(out));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("public", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
