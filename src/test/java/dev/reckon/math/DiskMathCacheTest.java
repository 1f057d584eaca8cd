package dev.reckon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskMathCacheTest {
    private static final String FP = KatexRenderer.fingerprint();

    @TempDir
    Path dir;

    @Test
    void storesByTexDisplayModeAndFingerprint() {
        DiskMathCache cache = new DiskMathCache(dir, FP, DiskMathCache.DEFAULT_MAX_BYTES);
        assertEquals(Optional.empty(), cache.get("x^2", false));
        cache.put("x^2", false, "<span>inline</span>");
        assertEquals(Optional.of("<span>inline</span>"), cache.get("x^2", false));
        assertEquals(Optional.empty(), cache.get("x^2", true), "display mode is part of the key");
        assertEquals(Optional.empty(), new DiskMathCache(dir, "katex 9.9.9 {}", 1 << 20).get("x^2", false),
                "another KaTeX version or option set is another key");
        assertEquals(Optional.of("<span>inline</span>"),
                new DiskMathCache(dir, FP, 1 << 20).get("x^2", false), "persists across instances");
    }

    @Test
    void fingerprintNamesVersionAndEveryOption() {
        assertTrue(FP.contains(KatexRenderer.KATEX_VERSION));
        KatexRenderer.OPTIONS.forEach((k, v) -> assertTrue(FP.contains(k + "=" + v), k));
    }

    @Test
    void aCorruptEntryIsAMissAndIsReRenderedAndRepaired() throws IOException {
        DiskMathCache cache = new DiskMathCache(dir, FP, DiskMathCache.DEFAULT_MAX_BYTES);
        String real = SharedKatex.get().render("a+b", false);
        cache.put("a+b", false, real);
        Path file = cache.file(cache.key("a+b", false));
        String good = Files.readString(file);

        List<String> corruptions = List.of(
                good.substring(0, good.length() - 7),                   // truncated
                good.replace("mord", "mbin"),                           // HTML edited
                good.replaceFirst("\n[0-9a-f]{64}\n", "\n" + "0".repeat(64) + "\n"), // wrong key
                "",                                                     // empty
                "garbage without newlines");
        for (String bad : corruptions) {
            Files.writeString(file, bad);
            assertEquals(Optional.empty(), cache.get("a+b", false), bad);
            CachingMathRenderer math = new CachingMathRenderer(SharedKatex::get, cache);
            assertEquals(real, math.render("a+b", false), "the bad entry is never returned");
            assertEquals(1, math.rendered());
            assertEquals(good, Files.readString(file), "the entry is rewritten whole");
        }
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0});  // binary junk
        assertEquals(Optional.empty(), cache.get("a+b", false));
    }

    @Test
    void twoCachesOnOneFolderOnlyEverSeeWholeEntries() throws Exception {
        DiskMathCache a = new DiskMathCache(dir, FP, DiskMathCache.DEFAULT_MAX_BYTES);
        DiskMathCache b = new DiskMathCache(dir, FP, DiskMathCache.DEFAULT_MAX_BYTES);
        int n = 300;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (DiskMathCache cache : List.of(a, b, a, b)) {
                jobs.add(() -> {
                    for (int i = 0; i < n; i++) {
                        String tex = "x_{" + i + "}";
                        Optional<String> seen = cache.get(tex, true);
                        if (seen.isPresent()) {
                            assertEquals(html(i), seen.get(), "a reader sees a whole entry or none");
                        }
                        cache.put(tex, true, html(i));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < n; i++) {
            assertEquals(Optional.of(html(i)), b.get("x_{" + i + "}", true));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no temporary files left");
        }
    }

    private static String html(int i) {
        return "<span class=\"katex\">" + "x".repeat(500 + i) + "</span>";
    }

    @Test
    void trimEvictsLeastRecentlyUsedBeyondTheBound() throws IOException {
        long max = 20_000;
        DiskMathCache cache = new DiskMathCache(dir, FP, max);
        for (int i = 0; i < 40; i++) {
            cache.put("f_" + i, false, "y".repeat(1000));
            // Explicit ages: entry i was last used i minutes after the first.
            Files.setLastModifiedTime(cache.file(cache.key("f_" + i, false)), FileTime.fromMillis(1_000_000L + i * 60_000L));
        }
        assertTrue(size() > max);
        int deleted = cache.trim();
        assertTrue(deleted > 0);
        assertTrue(size() <= max / 10 * 9, "down to 90 % of the bound: " + size());
        assertTrue(cache.get("f_39", false).isPresent(), "the most recently used survive");
        assertFalse(cache.get("f_0", false).isPresent(), "the oldest go first");
        assertEquals(0, new DiskMathCache(dir, FP, max).trim(), "an instance that added nothing does not walk");
    }

    @Test
    void anUnwritableFolderCachesNothingAndFailsNothing() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        DiskMathCache cache = new DiskMathCache(file.resolve("cache"), FP, 1 << 20);
        cache.put("z", false, "<b>z</b>");
        assertEquals(Optional.empty(), cache.get("z", false));
        assertEquals(0, cache.trim());
    }

    private long size() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
