package dev.reckon.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
    @TempDir
    Path temp;

    @Test
    void deletesAFolderWholeAndNothingALinkInsideItPointsTo() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "mine");
        Path tree = Files.createDirectories(temp.resolve("tree/a/b"));
        Files.writeString(tree.resolve("page.html"), "<p>");
        Files.createSymbolicLink(temp.resolve("tree/a/link"), outside);
        Files.createSymbolicLink(temp.resolve("tree/file-link"), outside.resolve("keep.txt"));

        FileTrees.delete(temp.resolve("tree"));

        assertFalse(Files.exists(temp.resolve("tree"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("mine", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        FileTrees.delete(temp.resolve("never-made"));
        assertFalse(Files.exists(temp.resolve("never-made")));
    }
}
