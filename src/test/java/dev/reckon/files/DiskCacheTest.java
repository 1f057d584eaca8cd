package dev.reckon.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

class DiskCacheTest {
    private static final String FP = "renderer 1.0 {option=1}";

    @TempDir
    Path dir;

    @Test
    void storesByKeyAndFingerprint() {
        DiskCache cache = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        assertEquals(Optional.empty(), cache.get("x^2"));
        cache.put("x^2", utf8("<span>inline</span>"));
        assertEquals("<span>inline</span>", text(cache.get("x^2")));
        assertEquals(Optional.empty(), cache.get("x^3"), "another key");
        assertEquals(Optional.empty(), new DiskCache(dir, "renderer 9.9 {}", 1 << 20).get("x^2"),
                "another fingerprint is another key");
        assertEquals("<span>inline</span>", text(new DiskCache(dir, FP, 1 << 20).get("x^2")), "persists across instances");
    }

    @Test
    void fingerprintAndKeyCannotCollideWithAnotherSplit() {
        assertFalse(new DiskCache(dir, "a", 1 << 20).address("b|c").equals(new DiskCache(dir, "a|b", 1 << 20).address("c")));
    }

    @Test
    void aCorruptEntryIsAMissAndIsReplacedWhole() throws IOException {
        DiskCache cache = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        String value = "<span class=\"mord\">a</span>";
        cache.put("a+b", utf8(value));
        Path file = cache.file(cache.address("a+b"));
        String good = Files.readString(file);

        List<String> corruptions = List.of(
                good.substring(0, good.length() - 7),                   // truncated
                good.replace("mord", "mbin"),                           // value edited
                good.replaceFirst("\n[0-9a-f]{64}\n", "\n" + "0".repeat(64) + "\n"), // wrong address
                "",                                                     // empty
                "garbage without newlines");
        for (String bad : corruptions) {
            Files.writeString(file, bad);
            assertEquals(Optional.empty(), cache.get("a+b"), bad);
            cache.put("a+b", utf8(value));
            assertEquals(good, Files.readString(file), "the entry is rewritten whole");
        }
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0});  // binary junk
        assertEquals(Optional.empty(), cache.get("a+b"));
    }

    @Test
    void valuesAreBytesKeptExactly() {
        DiskCache cache = new DiskCache(dir, FP, 1 << 20);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\n', 0, (byte) 0xff};
        cache.put("card", png);
        assertArrayEquals(png, cache.get("card").orElseThrow());
        cache.put("empty", new byte[0]);
        assertArrayEquals(new byte[0], cache.get("empty").orElseThrow());
    }

    @Test
    void textIsKeptAsUtf8() {
        DiskCache cache = new DiskCache(dir, FP, 1 << 20);
        cache.putText("t", "≈ 1.6 TB — µs\n");
        assertEquals(Optional.of("≈ 1.6 TB — µs\n"), cache.getText("t"));
        assertEquals("≈ 1.6 TB — µs\n", text(cache.get("t")), "the same entry, as bytes");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Optional<byte[]> value) {
        return value.map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void twoCachesOnOneFolderOnlyEverSeeWholeEntries() throws Exception {
        DiskCache a = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        DiskCache b = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        int n = 300;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (DiskCache cache : List.of(a, b, a, b)) {
                jobs.add(() -> {
                    for (int i = 0; i < n; i++) {
                        String tex = "x_{" + i + "}";
                        Optional<byte[]> seen = cache.get(tex);
                        if (seen.isPresent()) {
                            assertEquals(html(i), text(seen), "a reader sees a whole entry or none");
                        }
                        cache.put(tex, utf8(html(i)));
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
            assertEquals(html(i), text(b.get("x_{" + i + "}")));
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
        DiskCache cache = new DiskCache(dir, FP, max);
        for (int i = 0; i < 40; i++) {
            cache.put("f_" + i, utf8("y".repeat(1000)));
            // Explicit ages: entry i was last used i minutes after the first.
            Files.setLastModifiedTime(cache.file(cache.address("f_" + i)), FileTime.fromMillis(1_000_000L + i * 60_000L));
        }
        assertTrue(size() > max);
        int deleted = cache.trim();
        assertTrue(deleted > 0);
        assertTrue(size() <= max / 10 * 9, "down to 90 % of the bound: " + size());
        assertTrue(cache.get("f_39").isPresent(), "the most recently used survive");
        assertFalse(cache.get("f_0").isPresent(), "the oldest go first");
        assertEquals(0, new DiskCache(dir, FP, max).trim(), "an instance that added nothing does not walk");
    }

    @Test
    void anUnwritableFolderCachesNothingAndFailsNothing() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        DiskCache cache = new DiskCache(file.resolve("cache"), FP, 1 << 20);
        cache.put("z", utf8("<b>z</b>"));
        assertEquals(Optional.empty(), cache.get("z"));
        assertEquals(0, cache.trim());
    }

    private long size() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
