package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value from settings and front matter reaches pages, feeds and images escaped. */
class EscapingTest {
    private static final String ATTACK = "<script>alert(1)</script>";

    @TempDir
    Path temp;

    @Test
    void scriptInEveryAuthorFieldIsEscapedEverywhere() throws IOException {
        Path site = TestSites.themedSite(temp.resolve("site"), """
                title: "Site %1$s"
                base_url: https://example.org/
                author: "Author %1$s"
                description: "About %1$s"
                social:
                  - {name: "Net %1$s", url: "https://example.org/x"}
                """.formatted(ATTACK));
        Files.writeString(site.resolve("content/posts/a.md"), """
                ---
                title: "Title %1$s"
                date: 2024-01-01
                description: "Description %1$s"
                tags: ["Tag %1$s"]
                ---
                Body.
                """.formatted(ATTACK));
        Path out = temp.resolve("public");

        TestSites.build(site, out);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(f -> f.toString().matches(".*\\.(html|xml|svg|json|txt)")).toList();
        }
        assertTrue(files.size() > 5, files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            assertFalse(text.contains("<script>alert"), file + " has an unescaped value");
        }
        String post = Files.readString(out.resolve("blog/a/index.html"));
        assertTrue(post.contains("Title &lt;script&gt;alert(1)&lt;/script&gt;"), post);
    }
}
