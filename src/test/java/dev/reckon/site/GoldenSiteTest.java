package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.output.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole mini-sites built for real and compared file by file with the expected output kept beside
 * them ({@code src/test/resources/sites/NAME/expected}). Regenerate after an intended change with
 * {@code ./reckon test -Dtest=GoldenSiteTest -Dreckon.regenerate=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path SITES = TestSites.REPO.resolve("src/test/resources/sites");
    private static final boolean REGENERATE = Boolean.getBoolean("reckon.regenerate");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> sitesMatchTheirExpectedOutput() throws IOException {
        return TestSites.eachFolder(SITES, dir -> Files.isDirectory(dir.resolve("expected")), this::check);
    }

    private void check(Path dir) throws IOException {
        Path site = TestSites.copySite(dir.resolve("site"), temp.resolve(dir.getFileName() + "-site"));
        Path out = temp.resolve(dir.getFileName() + "-public");
        TestSites.build(site, out);
        Path expected = dir.resolve("expected");
        List<String> produced = textFiles(out);
        if (REGENERATE) {
            OutputDirectory.deleteTree(expected);
            for (String file : produced) {
                Files.createDirectories(expected.resolve(file).getParent());
                Files.copy(out.resolve(file), expected.resolve(file));
            }
            return;
        }
        assertEquals(textFiles(expected), produced, "the set of generated text files");
        for (String file : produced) {
            assertEquals(Files.readString(expected.resolve(file)), Files.readString(out.resolve(file)), file);
        }
        assertTrue(Files.exists(out.resolve("katex/fonts/KaTeX_Main-Regular.woff2")));
    }

    /** Generated text files, relative and sorted; KaTeX's own stylesheet and fonts are checked elsewhere. */
    private static List<String> textFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.matches(".*\\.(html|xml|txt|svg)"))
                    .sorted()
                    .toList();
        }
    }
}
