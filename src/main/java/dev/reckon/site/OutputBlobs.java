package dev.reckon.site;

import dev.reckon.files.AtomicFiles;
import dev.reckon.files.BoundedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * The site's published files, kept between builds in {@code .reckon/cache/output} and hard-linked
 * into each build's output, so a build whose output folder was deleted (a clean rebuild, a CI job)
 * links the files it would write byte for byte again instead of creating them: a link costs no
 * inode and no data written. Measured on a 1,000-post site whose output was deleted (BENCHMARKS.md,
 * "Output blobs").
 *
 * <p>A blob is named by the CRC-32C and length of its bytes and compared with them byte for byte
 * before it is linked, so a blob that was damaged, or edited in place through a published link,
 * is replaced, never published. Blobs no published file links to are deleted oldest first once the
 * folder exceeds its bound.
 */
final class OutputBlobs {
    static final String DIR = ".reckon/cache/output";
    private static final long MAX_BYTES = 1024L * 1024 * 1024;

    private final Path dir;
    private final long maxBytes;
    /** Cleared on the first failure to link (another file system, no hard links): then files are written. */
    private volatile boolean usable = true;
    private final AtomicBoolean added = new AtomicBoolean();

    OutputBlobs(Path siteRoot) {
        this(siteRoot.resolve(DIR), MAX_BYTES);
    }

    OutputBlobs(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /**
     * Makes {@code file} (which must not exist) a link to a stored copy of {@code content}, storing
     * one first if needed.
     *
     * @return false when no link could be made, and the caller must write the file itself
     */
    boolean link(Path file, byte[] content) {
        if (!usable) {
            return false;
        }
        Path blob = blob(content);
        try {
            if (!holds(blob, content)) {
                AtomicFiles.replace(blob, content);
                added.set(true);
            }
            Files.createLink(file, blob);
            return true;
        } catch (NoSuchFileException e) {
            // Deleted by a concurrent build's trim between store and link: write this one file.
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            usable = false;
            return false;
        }
    }

    private Path blob(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        String name = String.format("%08x-%x", crc.getValue(), content.length);
        // Two-level fan-out keeps folders small (256 of them).
        return dir.resolve(name.substring(0, 2)).resolve(name.substring(2) + ".blob");
    }

    private static boolean holds(Path blob, byte[] content) {
        try {
            return Files.size(blob) == content.length && Arrays.equals(Files.readAllBytes(blob), content);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes blobs no file links to any more, oldest first, while the folder exceeds its bound
     * (down to 90 % of it). Does nothing when this build stored no blob.
     *
     * @return the number of blobs deleted
     */
    int trim() {
        if (!added.get() || !Files.isDirectory(dir)) {
            return 0;
        }
        return BoundedFolder.trim(dir, maxBytes, blob -> links(blob) == 1);
    }

    /** How many names the file has; 1 where the file system cannot say, so it may be trimmed. */
    private static int links(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
