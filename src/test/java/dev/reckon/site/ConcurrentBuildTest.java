package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.files.FileTrees;
import dev.reckon.output.PageCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code reckon build} processes on one site at once, round after round (more with
 * {@code -Dreckon.concurrentRounds=N}, and more still until the two have overlapped at least once:
 * two JVMs started together do not always reach the lock together): one with drafts and one without,
 * so their sites differ. Each
 * must succeed; {@code public/} must hold a complete site at every moment a watcher looks, and after
 * each round exactly the site of one of them; no staging folder may be left; and a later build
 * must not take a half-written folder for its own (the build stamp).
 */
class ConcurrentBuildTest {
    private static final int POSTS = 60;
    private static final int ROUNDS = Integer.getInteger("reckon.concurrentRounds", 3);
    /** Rounds after which two builds that never overlapped fail the test. */
    private static final int MAX_ROUNDS = 4 * ROUNDS;

    @TempDir
    Path temp;

    @Test
    void twoBuildProcessesOnOneSitePublishOneCompleteSiteOrTheOther() throws Exception {
        Path site = TestSites.bulkSite(temp.resolve("site"), POSTS);
        Files.writeString(site.resolve("content/posts/draft.md"), "---\ntitle: Draft\ndate: 2023-07-01\ndraft: true\n---\nA draft.\n");
        Path out = temp.resolve("public");
        String[] withoutDrafts = {"build", "--source", site.toString(), "--output", out.toString()};
        String[] withDrafts = {"build", "--source", site.toString(), "--output", out.toString(), "--drafts"};
        Map<String, byte[]> plain = buildAlone(withoutDrafts, out);
        Map<String, byte[]> drafts = buildAlone(withDrafts, out);
        assertTrue(drafts.size() > plain.size(), "the two builds publish different sites");

        int waited = 0;
        for (int round = 0; round < ROUNDS || waited == 0 && round < MAX_ROUNDS; round++) {
            // Without the page cache both builds render every page under the lock, which makes them overlap.
            FileTrees.delete(site.resolve(PageCache.DIR));
            AtomicBoolean building = new AtomicBoolean(true);
            AtomicReference<String> incomplete = new AtomicReference<>();
            Thread watcher = Thread.ofPlatform().start(() -> watch(out, building, incomplete));
            Path logA = temp.resolve("a.log");
            Path logB = temp.resolve("b.log");
            Process a = ReckonProcess.start(List.of(), ProcessBuilder.Redirect.to(logA.toFile()), withoutDrafts);
            Process b = ReckonProcess.start(List.of(), ProcessBuilder.Redirect.to(logB.toFile()), withDrafts);
            int exitA = a.waitFor();
            int exitB = b.waitFor();
            building.set(false);
            watcher.join();

            String logs = Files.readString(logA) + Files.readString(logB);
            assertEquals(0, exitA, "round " + round + ": " + logs);
            assertEquals(0, exitB, "round " + round + ": " + logs);
            waited += logs.contains("waiting for another build of this site to finish (process ") ? 1 : 0;
            assertEquals(null, incomplete.get(), "round " + round + ": public/ was incomplete while they built");
            Map<String, byte[]> published = TestSites.snapshot(out);
            assertTrue(same(plain, published) || same(drafts, published), "round " + round + ": public/ is one whole site");
            assertEquals(List.of("public", "site"), siblings(), "round " + round + ": no staging folder is left");

            // The stamp may say "unchanged" only if public/ is exactly what the stamped build wrote.
            TestSites.builder(site).build(new BuildOptions(site, out, false, false, LocalDate.now()));
            assertTrue(same(plain, TestSites.snapshot(out)), "round " + round + ": a later build publishes its own site");
        }
        assertTrue(waited > 0, "in some round one build waited for the other (else they never overlapped)");
    }

    private static Map<String, byte[]> buildAlone(String[] args, Path out) throws Exception {
        ReckonProcess.Result result = ReckonProcess.run(List.of(), args);
        assertEquals(0, result.exit(), result.stderr());
        return TestSites.snapshot(out);
    }

    /** Looks at public/ again and again while the builds run: a page, the marker and the home page must always be there. */
    private static void watch(Path out, AtomicBoolean building, AtomicReference<String> incomplete) {
        List<Path> always = List.of(out.resolve("index.html"), out.resolve(".reckon-output"),
                out.resolve("blog/generated-0/index.html"), out.resolve("sitemap.xml"));
        while (building.get() && incomplete.get() == null) {
            for (Path file : always) {
                if (!Files.isRegularFile(file)) {
                    incomplete.set(file + " was missing");
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    private List<String> siblings() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(temp)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log")).sorted().forEach(names::add);
        }
        return names;
    }
}
