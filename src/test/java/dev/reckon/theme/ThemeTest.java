package dev.reckon.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped theme is the repository's templates/ folder, file for file and byte for byte. */
class ThemeTest {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @Test
    void theThemeHoldsEveryFileOfTheTemplatesFolder() throws IOException {
        List<String> expected;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            expected = walk.filter(Files::isRegularFile).map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(expected, List.copyOf(Theme.files().keySet()));
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(TEMPLATES.resolve(name)), Theme.file(name).orElseThrow(), name);
        }
        assertEquals(List.of("favicon.svg", "style.css"), List.copyOf(Theme.assets().keySet()));
    }
}
