package dev.reckon.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {
    @TempDir
    Path temp;

    @Test
    void replaceCreatesFoldersOverwritesAndLeavesNoTemporaryFile() throws IOException {
        Path file = temp.resolve("a/b/file.txt");
        AtomicFiles.replace(file, new byte[] {1, 2, 3});
        AtomicFiles.replace(file, new byte[] {4});
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void trimDeletesTheOldestRemovableFilesDownToNinetyPercent() throws IOException {
        for (int i = 0; i < 10; i++) {
            Path f = temp.resolve("d" + (i % 2)).resolve("f" + i);
            AtomicFiles.replace(f, new byte[100]);
            Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        // 1,000 bytes over a 500-byte bound: down to 450, keeping f0 whatever its age.
        int deleted = BoundedFolder.trim(temp, 500, f -> !f.getFileName().toString().equals("f0"));
        assertEquals(6, deleted);
        assertTrue(Files.exists(temp.resolve("d0/f0")));
        assertFalse(Files.exists(temp.resolve("d1/f1")));
        assertTrue(Files.exists(temp.resolve("d1/f9")));
        assertEquals(0, BoundedFolder.trim(temp, 500, f -> true), "already under the bound");
    }
}
