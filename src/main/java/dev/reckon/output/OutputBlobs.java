package dev.reckon.output;

import dev.reckon.files.AtomicFiles;
import dev.reckon.files.BoundedFolder;
import dev.reckon.files.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * The files a build published into an output folder, kept between builds in
 * {@code .reckon/cache/output/<folder>/} and hard-linked into the next builds of that folder, so a
 * build whose output folder was deleted (a clean rebuild, a CI job) links the files it would write
 * byte for byte again instead of creating them: a link costs no inode and no data written. Measured
 * on a 1,000-post site whose output was deleted (BENCHMARKS.md, "Output blobs").
 *
 * <p>A blob is named by the CRC-32C and length of its bytes, and each link to it is compared with
 * them byte for byte once made, so a blob that was damaged, edited in place through a published
 * link, or replaced meanwhile by a colliding one is never published. Each output folder
 * has its own blobs, so one folder's files never share an inode with another's. A blob's time is
 * set as it is linked, so a published file's modification time says when it last changed there,
 * and the blobs no file links to any more are deleted least recently linked first once the store
 * exceeds its bound.
 */
final class OutputBlobs {
    static final String DIR = ".reckon/cache/output";
    private static final long MAX_BYTES = 1024L * 1024 * 1024;

    private final Path store;
    private final Path dir;
    private final long maxBytes;
    /** Cleared on the first failure to link (another file system, no hard links): then files are written. */
    private volatile boolean usable = true;
    private final AtomicBoolean added = new AtomicBoolean();

    /** The blobs of the output folder {@code target}, kept in the site at {@code siteRoot}. */
    OutputBlobs(Path siteRoot, Path target) {
        this(siteRoot.resolve(DIR), target, MAX_BYTES);
    }

    OutputBlobs(Path store, Path target, long maxBytes) {
        this.store = store;
        this.dir = store.resolve(Sha256.hex(target.toAbsolutePath().normalize().toString()).substring(0, 16));
        this.maxBytes = maxBytes;
    }

    /**
     * Makes {@code file} (which must not exist) a link to a stored copy of {@code content}, storing
     * one first if there is none. Called only for a file whose published version differs or is missing.
     *
     * @return false when no link could be made, and the caller must write the file itself
     */
    boolean link(Path file, byte[] content) {
        if (!usable) {
            return false;
        }
        Path blob = blob(content);
        try {
            if (linkHolding(file, blob, content)) {
                // The file is new or changed in this folder: its time must say so (deploys compare times).
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
                return true;
            }
            AtomicFiles.replace(blob, content);
            added.set(true);
            return linkHolding(file, blob, content);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            usable = false;
            return false;
        }
    }

    /**
     * Links {@code file} to {@code blob} and keeps the link only if it holds {@code content}: checked
     * after linking, so a blob missing, damaged, edited in place or replaced by a colliding one
     * (another build) is never published, and each file is read once.
     */
    private static boolean linkHolding(Path file, Path blob, byte[] content) throws IOException {
        try {
            Files.createLink(file, blob);
        } catch (NoSuchFileException e) {
            // Not stored yet, or deleted by a concurrent build's trim.
            return false;
        }
        if (holds(file, content)) {
            return true;
        }
        Files.delete(file);
        return false;
    }

    private Path blob(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        String name = String.format("%08x-%x", crc.getValue(), content.length);
        // Two-level fan-out keeps folders small (256 of them).
        return dir.resolve(name.substring(0, 2)).resolve(name.substring(2) + ".blob");
    }

    /** Whether {@code file} is a regular file (not a link to one elsewhere) with exactly these bytes. */
    private static boolean holds(Path file, byte[] content) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == content.length
                    && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes blobs no file links to any more, least recently linked first, while the store exceeds
     * its bound (down to 90 % of it). Does nothing when this build stored no blob.
     *
     * @return the number of blobs deleted
     */
    int trim() {
        if (!added.get() || !Files.isDirectory(store)) {
            return 0;
        }
        return BoundedFolder.trim(store, maxBytes, blob -> links(blob) == 1);
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
