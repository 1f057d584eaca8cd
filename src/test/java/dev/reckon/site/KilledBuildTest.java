package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing published is lost: a real {@code reckon build} process is killed with SIGKILL at several
 * points of a build, and each time the previous {@code public/} must be exactly as it was; the next
 * build then publishes and leaves no temporary folders behind.
 */
class KilledBuildTest {
    private static final int POSTS = 200;

    @TempDir
    Path temp;

    @Test
    void aKilledBuildLeavesThePublishedSiteIntactAndTheNextBuildCleansUp() throws Exception {
        // No math or code: a cold KaTeX engine would dominate the time, and the output folder is what matters here.
        Path site = TestSites.themedSite(temp.resolve("site"), "title: Bulk\nbase_url: https://example.org/\n");
        for (int i = 0; i < POSTS; i++) {
            Files.writeString(site.resolve("content/posts/generated-" + i + ".md"), """
                    ---
                    title: Generated %d
                    date: 2023-06-01
                    tags: [bulk]
                    ---
                    Weights of post %d: `= %d param * fp16.bytes -> GB`. Some prose to render, **bold** and _em_.
                    """.formatted(i, i, 1_000_000 + i));
        }
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Map<String, String> published = snapshot(out);
        Files.writeString(site.resolve("content/posts/generated-0.md"), "\nAn edit the killed builds never publish.\n",
                java.nio.file.StandardOpenOption.APPEND);

        killWhen(site, out, dir -> true);                                            // during JVM start-up
        assertEquals(published, snapshot(out), "killed while starting");
        killWhen(site, out, dir -> staging(dir).isPresent());                         // staging folder just created
        assertEquals(published, snapshot(out), "killed as staging began");
        killWhen(site, out, dir -> staging(dir).map(KilledBuildTest::countFiles).orElse(0L) > POSTS / 2); // mid-write
        assertEquals(published, snapshot(out), "killed while writing");

        TestSites.build(site, out);
        assertNotEquals(published, snapshot(out), "the next build publishes the edit");
        assertTrue(Files.readString(out.resolve("blog/generated-0/index.html")).contains("An edit the killed builds never publish."));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("public", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folders left beside the output");
        }
    }

    /** Starts a build process and kills it (SIGKILL) as soon as {@code condition} holds for the output's parent. */
    private static void killWhen(Path site, Path out, Predicate<Path> condition) throws Exception {
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.reckon.cli.Main",
                "build", "--source", site.toString(), "--output", out.toString(), "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            while (build.isAlive() && !condition.test(out.getParent())) {
                Thread.sleep(2); // polling, not timing: leaves the CPU to the build
            }
        } finally {
            build.destroyForcibly();
            build.waitFor();
        }
        assertNotEquals(0, build.exitValue(), "the build was killed before it finished");
    }

    private static java.util.Optional<Path> staging(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().contains(".reckon-tmp-")).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the folder changes while it is walked
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(root.relativize(file).toString().replace(File.separatorChar, '/'), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }
}
