package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing published is lost: a real {@code reckon build} process is killed with SIGKILL at several
 * points of a build, and each time the previous {@code public/} must be exactly as it was — or,
 * once the swap is under way, exactly the new site; the next build then publishes and leaves no
 * temporary folders behind.
 */
class KilledBuildTest {
    private static final int POSTS = 200;

    @TempDir
    Path temp;

    @Test
    void aKilledBuildLeavesThePublishedSiteIntactAndTheNextBuildCleansUp() throws Exception {
        Path site = TestSites.bulkSite(temp.resolve("site"), POSTS);
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

    /**
     * The instant a kill from outside almost never hits: the swap itself, a single system call.
     * strace holds the build for a second right after each rename that names the output folder,
     * and the build is killed within that second, at several moments: {@code public/} must be a
     * whole site each time, the old or the new (on a platform with two renames instead of one
     * exchange, it would be missing). Each build that got that far published the edit.
     */
    @Test
    void aBuildKilledInsideItsSwapLeavesAWholeSiteOldOrNew() throws Exception {
        Path site = TestSites.bulkSite(temp.resolve("site"), 5);
        Path out = temp.resolve("public");
        TestSites.build(site, out);
        Map<String, String> old = snapshot(out);
        Files.writeString(site.resolve("content/posts/generated-0.md"), "\nAn edit.\n", java.nio.file.StandardOpenOption.APPEND);
        Path reference = temp.resolve("reference");
        TestSites.build(site, reference);
        Map<String, String> edited = snapshot(reference);
        dev.reckon.output.OutputDirectory.deleteTree(reference);


        List<String> holdRenamesOfTheOutput = List.of("strace", "-f", "-qq", "-o", "/dev/null", "--seccomp-bpf",
                "-P", out.toString(), "-e", "trace=rename,renameat,renameat2",
                "-e", "inject=rename,renameat,renameat2:delay_exit=1000000");
        for (long offsetMillis : new long[] {0, 350, 700}) {
            Object before = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
            Process strace = ReckonProcess.start(holdRenamesOfTheOutput, ProcessBuilder.Redirect.DISCARD,
                    "build", "--source", site.toString(), "--output", out.toString(), "--quiet");
            try {
                while (strace.isAlive() && Objects.equals(before, fileKey(out))) {
                    Thread.sleep(1);
                }
                assertTrue(strace.isAlive(), "the build is held within its swap");
                Thread.sleep(offsetMillis);
                // The build itself, not strace: a tracer that dies lets its tracee run on.
                strace.toHandle().children().forEach(ProcessHandle::destroyForcibly);
            } finally {
                strace.waitFor();
            }
            assertNotEquals(0, strace.exitValue(), "the build was killed before it finished");
            assertTrue(Files.isDirectory(out), "killed " + offsetMillis + " ms into the swap: public/ is there");
            Map<String, String> now = snapshot(out);
            assertTrue(now.equals(old) || now.equals(edited), "killed " + offsetMillis + " ms into the swap: a whole site");
        }
        TestSites.build(site, out);
        assertEquals(edited, snapshot(out));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("public", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the next build removes what the killed ones left");
        }
    }

    private static Object fileKey(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null; // missing: a swap by two renames is half done
        }
    }

    /** Starts a build process and kills it (SIGKILL) as soon as {@code condition} holds for the output's parent. */
    private static void killWhen(Path site, Path out, Predicate<Path> condition) throws Exception {
        Process build = ReckonProcess.start(List.of(), ProcessBuilder.Redirect.DISCARD,
                "build", "--source", site.toString(), "--output", out.toString(), "--quiet");
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
