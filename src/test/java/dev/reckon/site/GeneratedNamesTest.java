package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.content.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slug rule's lists of generated names ({@link Slugs}) against what a build really writes: a
 * site with every kind of output (pages, tags, math, pagination) publishes nothing at its root or
 * in blog/ that a page or post could also be published as, unless the rule refuses that slug.
 */
class GeneratedNamesTest {
    @TempDir
    Path temp;

    @Test
    void everyGeneratedNameIsASlugTheRuleRefuses() throws IOException {
        Path site = TestSites.themedSite(temp.resolve("site"), "title: T\nbase_url: https://example.org/\nposts_per_page: 1\n");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(site.resolve("content/posts/p" + i + ".md"),
                    "---\ntitle: P" + i + "\ndate: 2024-01-0" + i + "\ntags: [t]\nseries: S\n---\nMath $x^" + i + "$.\n");
        }
        Files.writeString(site.resolve("content/about.md"), "---\ntitle: About\n---\nAbout.\n");
        Path out = temp.resolve("public");
        TestSites.build(site, out);

        Set<String> root = names(out, Set.of("about", ".reckon-output"));
        assertEquals(new TreeSet<>(Slugs.GENERATED_AT_ROOT), root, "what the layout writes at the root");
        Set<String> blog = names(out.resolve("blog"), Set.of("p1", "p2", "p3"));
        assertEquals(new TreeSet<>(Slugs.GENERATED_IN_BLOG), blog, "what the layout writes in blog/");
        assertTrue(Files.isDirectory(out.resolve("blog/page/2")), "pagination is in the site");
    }

    private static Set<String> names(Path dir, Set<String> content) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> all = entries.map(p -> p.getFileName().toString()).toList();
            Set<String> generated = new TreeSet<>(all);
            generated.removeAll(content);
            return generated;
        }
    }
}
