package dev.reckon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How LayeringTest reads the table: what each cell may say, and which row covers a package. */
class LayeringTableTest {
    @TempDir
    Path dir;

    private LayeringTable table(String... rows) throws IOException {
        Path file = dir.resolve("ARCHITECTURE.md");
        Files.writeString(file, "# A\n\n## Packages (`dev.reckon.*`)\n\n| package | stage | may depend on |\n|---|---|---|\n"
                + String.join("\n", rows) + "\n\nAfter the table.\n");
        return LayeringTable.read(file);
    }

    @Test
    void readsListsNothingAndEverythingAbove() throws IOException {
        LayeringTable t = table("| `diag` | d | — |", "| `calc` | c \\| pipes | `diag` |", "| `markdown.math` | m | `calc` and `diag` |",
                "| `cli` | all | everything above |");
        assertEquals(Set.of(), t.rows().get("diag").allowed());
        assertEquals(Set.of("diag"), t.rows().get("calc").allowed());
        assertEquals(Set.of("calc", "diag"), t.rows().get("markdown.math").allowed());
        assertEquals(Set.of("diag", "calc", "markdown.math"), t.rows().get("cli").allowed());
        assertEquals(7, t.rows().get("diag").line());
    }

    @Test
    void theLongestRowCoversASubpackageAndOwnSubpackagesAreAllowed() throws IOException {
        LayeringTable t = table("| `diag` | d | — |", "| `markdown` | m | `diag` |", "| `markdown.math` | mm | `diag` |");
        assertEquals("markdown.math", t.rowOf("dev.reckon.markdown.math.inner").orElseThrow().name());
        assertEquals("markdown", t.rowOf("dev.reckon.markdown.calc").orElseThrow().name());
        assertTrue(t.rowOf("dev.reckon.markdownx").isEmpty());
        assertTrue(t.rowOf("dev.reckon").isEmpty());
        var markdown = t.rows().get("markdown");
        var math = t.rows().get("markdown.math");
        assertTrue(LayeringTable.mayUse(markdown, math), "a package may use its own subpackages");
        assertFalse(LayeringTable.mayUse(math, markdown), "but not the other way unless listed");
        assertFalse(LayeringTable.mayUse(t.rows().get("diag"), markdown));
    }

    @Test
    void wordsTheTestWouldMisreadAreRefused() {
        assertThrows(IllegalStateException.class, () -> table("| `diag` | d | nothing |"));
        assertThrows(IllegalStateException.class, () -> table("| `calc` | c | `diag` except in tests |"));
        assertThrows(IllegalStateException.class, () -> table("| calc | c | `diag` |"));
    }
}
