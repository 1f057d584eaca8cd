package dev.reckon.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * Values kept on disk between builds, one file per key, named by the SHA-256 of the key and of a
 * fingerprint of everything else that decides the value (for rendered formulas: KaTeX's version and
 * options; for highlighted code: Prism's). Rendered formulas, highlighted code, rendered pages and
 * drawn social images each live in such a cache, so a warm build recomputes none of them.
 *
 * <p>The cache is only an accelerator, so it never fails a build: a directory that cannot be
 * created or written simply caches nothing. Every entry repeats its address and carries a CRC-32C
 * of its value; an entry that does not verify (truncated, edited, half-written by a crashed tool) is
 * a miss, so the value is computed again and the bad file replaced; a bad entry is never used.
 * Entries are written to a temporary file and atomically renamed, so two builds sharing the folder
 * only ever see whole entries (both write the same bytes for the same key). The folder is bounded:
 * after a build that added entries, the least recently used ones (by modification time, refreshed
 * on every hit) are deleted until it is back under {@code 90 %} of its limit.
 */
public final class DiskCache {
    /**
     * Default bound (file sizes, not disk blocks): about 300,000 formulas at the 3.3 KB a rendered
     * formula measured on average, so a 10,000-post site with 100,000 formulas stays whole (BENCHMARKS.md).
     */
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
    private static final String MAGIC = "reckon-cache 1";
    private static final String SUFFIX = ".entry";

    private final Path dir;
    private final String fingerprint;
    private final long maxBytes;
    private final AtomicBoolean added = new AtomicBoolean();

    /**
     * @param dir         the cache folder (created on first write)
     * @param fingerprint what decides the values besides their keys, e.g. the renderer's version and options
     * @param maxBytes    size bound enforced by {@link #trim()}
     */
    public DiskCache(Path dir, String fingerprint, long maxBytes) {
        this.dir = dir;
        this.fingerprint = fingerprint;
        this.maxBytes = maxBytes;
    }

    /** The stored value for this key, if a verified entry exists. */
    public Optional<byte[]> get(String key) {
        return read(key).map(entry -> Arrays.copyOfRange(entry.stored(), entry.valueStart(), entry.stored().length));
    }

    /** The stored text for this key (UTF-8), if a verified entry exists; decoded in place, without a copy of the bytes. */
    public Optional<String> getText(String key) {
        return read(key).map(entry -> new String(entry.stored(), entry.valueStart(),
                entry.stored().length - entry.valueStart(), StandardCharsets.UTF_8));
    }

    /** A verified entry as read: its bytes, the value from {@code valueStart} on. */
    private record Entry(byte[] stored, int valueStart) {
    }

    private Optional<Entry> read(String key) {
        String address = address(key);
        Path file = file(address);
        try {
            byte[] stored = Files.readAllBytes(file);
            int valueStart = valueStart(stored, address);
            if (valueStart < 0) {
                return Optional.empty();
            }
            // Keeps entries in use from being evicted; best effort.
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new Entry(stored, valueStart));
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable, or removed by a concurrent trim: a miss.
            return Optional.empty();
        }
    }

    /** Stores the text for this key as UTF-8; see {@link #put}. */
    public void putText(String key, String text) {
        put(key, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Stores the value for this key; failures are ignored (the next build computes it again). */
    public void put(String key, byte[] value) {
        String address = address(key);
        byte[] header = (MAGIC + "\n" + address + "\n" + checksum(value, 0) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] entry = Arrays.copyOf(header, header.length + value.length);
        System.arraycopy(value, 0, entry, header.length, value.length);
        try {
            AtomicFiles.replace(file(address), entry);
            added.set(true);
        } catch (IOException | RuntimeException e) {
            // Read-only site, full disk: build on without persisting this value.
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

    /** Where a key is stored: hex SHA-256 over the fingerprint and the key, which cannot collide with another split. */
    public String address(String key) {
        // The fingerprint is length-prefixed and the key runs to the end, so no pair of them reads as another.
        return Sha256.hex(fingerprint.length() + ":" + fingerprint + "|" + key);
    }

    Path file(String address) {
        // Two-level fan-out keeps directories small (256 folders).
        return dir.resolve(address.substring(0, 2)).resolve(address.substring(2) + SUFFIX);
    }

    /** Where the value of a stored entry starts, if its header names this address and its checksum matches; else -1. */
    private static int valueStart(byte[] stored, String address) {
        // Header: magic, address, checksum, each on its own ASCII line; the value follows.
        int a = indexOf(stored, 0);
        int b = a < 0 ? -1 : indexOf(stored, a + 1);
        int c = b < 0 ? -1 : indexOf(stored, b + 1);
        if (c < 0 || !ascii(stored, 0, a).equals(MAGIC) || !ascii(stored, a + 1, b).equals(address)
                || !ascii(stored, b + 1, c).equals(checksum(stored, c + 1))) {
            return -1;
        }
        return c + 1;
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
     * CRC-32C of the value's bytes: catches truncation and stray edits at memory speed (the address, a
     * SHA-256, already ties the entry to its key; this guards the content against damage).
     */
    private static String checksum(byte[] bytes, int from) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, bytes.length - from);
        return Long.toHexString(crc.getValue());
    }
}
