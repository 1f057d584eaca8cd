package dev.reckon.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob store keeps what is linked and drops the rest, oldest first (whole builds: {@code OutputBlobsSiteTest}). */
class OutputBlobsTest {
    @TempDir
    Path temp;

    @Test
    void trimDeletesOnlyBlobsNoFileLinksToOldestFirst() throws IOException {
        Path store = temp.resolve("blobs");
        OutputBlobs blobs = new OutputBlobs(store, temp.resolve("public"), 2_500);
        Path kept = temp.resolve("kept");
        assertTrue(blobs.link(kept, new byte[1_000]));
        for (int i = 1; i <= 3; i++) {
            Path dropped = temp.resolve("dropped" + i);
            byte[] content = new byte[1_000];
            content[0] = (byte) i;
            assertTrue(blobs.link(dropped, content));
            Files.delete(dropped);
        }

        // 4,000 bytes against a bound of 2,500: down to 2,250, without the linked blob.
        assertEquals(2, blobs.trim());
        assertEquals(2, blobFiles(store).size());
        assertEquals(2, links(kept));
    }

    private static List<Path> blobFiles(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static int links(Path file) throws IOException {
        return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
    }
}
