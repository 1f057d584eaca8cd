package dev.reckon.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Files replaced whole: a concurrent reader, or a process killed midway, never sees part of one. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a temporary sibling of {@code file} and renames it over {@code file}.
     * The file gets the permissions any new file gets (the umask decides), not the owner-only ones
     * of {@link Files#createTempFile}: published pages are linked to files written here.
     */
    public static void replace(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(".reckon-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".part");
        // Opened before the try: a name that is taken (by another writer's temporary file) is not ours to delete.
        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (out) {
                out.write(content);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
