package dev.reckon.math;

import dev.reckon.files.AtomicFiles;
import dev.reckon.files.BoundedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * Rendered formulas kept on disk between builds, one file per formula, named by the SHA-256 of
 * everything that decides KaTeX's output: the renderer's fingerprint (KaTeX version and options),
 * the display mode and the TeX. The same store keeps highlighted code (with the highlighter's
 * fingerprint), so a warm build needs no JavaScript engine for either.
 *
 * <p>The cache is only an accelerator, so it never fails a build: a directory that cannot be
 * created or written simply caches nothing. Every entry repeats its key and carries a CRC-32C of
 * its HTML; an entry that does not verify (truncated, edited, half-written by a crashed tool) is a
 * miss, so the formula is rendered again and the bad file replaced; a bad entry is never
 * published. Entries are written to a temporary file and atomically renamed, so two builds sharing
 * the folder only ever see whole entries (both write the same bytes for the same key). The folder
 * is bounded: after a build that added entries, the least recently used ones (by modification time,
 * refreshed on every hit) are deleted until it is back under {@code 90 %} of its limit.
 */
public final class DiskMathCache {
    /**
     * Default bound (file sizes, not disk blocks): about 300,000 formulas at the 3.3 KB an entry
     * measured on average, so a 10,000-post site with 100,000 formulas stays whole (BENCHMARKS.md).
     */
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
    private static final String MAGIC = "reckon-math-cache 1";
    private static final String SUFFIX = ".entry";

    private final Path dir;
    private final String fingerprint;
    private final long maxBytes;
    private final AtomicBoolean added = new AtomicBoolean();

    /**
     * @param dir         the cache folder (created on first write)
     * @param fingerprint what else decides the output besides TeX and display mode, e.g.
     *                    {@link KatexRenderer#fingerprint()}
     * @param maxBytes    size bound enforced by {@link #trim()}
     */
    public DiskMathCache(Path dir, String fingerprint, long maxBytes) {
        this.dir = dir;
        this.fingerprint = fingerprint;
        this.maxBytes = maxBytes;
    }

    /** The stored HTML for this formula, if a verified entry exists. */
    public Optional<String> get(String tex, boolean display) {
        String key = key(tex, display);
        Path file = file(key);
        try {
            Optional<String> html = parse(Files.readAllBytes(file), key);
            if (html.isPresent()) {
                // Keeps formulas in use from being evicted; best effort.
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            }
            return html;
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable, or removed by a concurrent trim: a miss.
            return Optional.empty();
        }
    }

    /** Stores the HTML for this formula; failures are ignored (the next build renders it again). */
    public void put(String tex, boolean display, String html) {
        String key = key(tex, display);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] header = (MAGIC + "\n" + key + "\n" + checksum(body, 0) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] entry = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, entry, header.length, body.length);
        try {
            AtomicFiles.replace(file(key), entry);
            added.set(true);
        } catch (IOException | RuntimeException e) {
            // Read-only site, full disk: build on without persisting this formula.
        }
    }

    /**
     * Deletes least recently used entries while the folder exceeds its bound, down to 90 % of it.
     * Does nothing when this instance added nothing (a warm build need not walk the folder).
     *
     * @return the number of entries deleted
     */
    public int trim() {
        if (!added.get() || !Files.isDirectory(dir)) {
            return 0;
        }
        return BoundedFolder.trim(dir, maxBytes, file -> true);
    }

    /** The cache key: hex SHA-256 over an unambiguous encoding of every input of the render. */
    public String key(String tex, boolean display) {
        // Length-prefixed fields, so no choice of TeX can collide with another field split.
        String material = fingerprint.length() + ":" + fingerprint + "|" + (display ? "display" : "inline")
                + "|" + tex.length() + ":" + tex;
        return sha256(material);
    }

    Path file(String key) {
        // Two-level fan-out keeps directories small (256 folders).
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + SUFFIX);
    }

    /** The HTML of a stored entry if its header names this key and its checksum matches; else empty. */
    private static Optional<String> parse(byte[] stored, String key) {
        // Header: magic, key, checksum, each on its own ASCII line; the HTML follows as UTF-8.
        int a = indexOf(stored, 0);
        int b = a < 0 ? -1 : indexOf(stored, a + 1);
        int c = b < 0 ? -1 : indexOf(stored, b + 1);
        if (c < 0 || !ascii(stored, 0, a).equals(MAGIC) || !ascii(stored, a + 1, b).equals(key)
                || !ascii(stored, b + 1, c).equals(checksum(stored, c + 1))) {
            return Optional.empty();
        }
        return Optional.of(new String(stored, c + 1, stored.length - c - 1, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }

    /**
     * CRC-32C of the HTML bytes: catches truncation and stray edits at memory speed (the key, a
     * SHA-256, already ties the entry to its formula; this guards the content against damage).
     */
    private static String checksum(byte[] bytes, int from) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, bytes.length - from);
        return Long.toHexString(crc.getValue());
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
