package dev.reckon.site;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.layout.TemplateLimits;
import dev.reckon.math.SharedKatex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whole-site builds from a small fuzzed tree: whatever the site's settings, front matter, bodies, data
 * file and template say, a build ends with its output or with diagnostics ({@link ReckonException}),
 * never with any other exception. The input is text in parts separated by {@value #SEPARATOR} lines,
 * so seeds are readable: additions to site.yaml, a fragment placed inside post.ftlh, a data file,
 * then up to five Markdown files (two posts, a bundle's index.md, a standalone page, the home
 * intro). A Markdown part that does not start with {@code ---} gets a front matter opening with
 * {@code image:}, so most runs draw no social card (tens of milliseconds each).
 *
 * <p>Runs are kept cheap: one live builder ({@code serve}'s: templates compiled once, output written
 * only where it changed) and the test JVM's one KaTeX engine serve every run, and templates run
 * under small limits, so a fuzzed endless loop costs a fifth of a second. Under {@code ./reckon test}
 * only the seed corpus ({@code SiteBuildFuzzTestInputs/siteBuilds/}) runs.
 */
class SiteBuildFuzzTest {
    static final String SEPARATOR = "%%%%";
    private static final String[] MARKDOWN = {"posts/a.md", "posts/b.md", "posts/c/index.md", "about.md", "_index.md"};
    private static final TemplateLimits SMALL = new TemplateLimits(100, Duration.ofMillis(200), 1_000_000, 64L << 20);
    private static final Path SITE = createSite();
    private static final String POST_TEMPLATE = read(SITE.resolve("templates/post.ftlh"));
    /** What each file of the tree holds now (null: absent). */
    private static final Map<String, String> WRITTEN = new HashMap<>();
    private static final SiteBuilder BUILDER = TestSites.builder(SITE).renderingEveryPage().live().withTemplateLimits(SMALL);

    @FuzzTest
    void siteBuilds(byte[] input) throws IOException {
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\n" + SEPARATOR + "\n", -1);
        writeTree(parts);
        try {
            BUILDER.build(new BuildOptions(SITE, SITE.resolve("out"), true, true, TestSites.TODAY));
        } catch (ReckonException expected) {
            for (Diagnostic d : expected.diagnostics()) {
                d.render();
            }
        }
    }

    private static void writeTree(String[] parts) throws IOException {
        write("content/site.yaml", "title: Fuzz\nbase_url: https://example.org/\n" + part(parts, 0));
        write("templates/post.ftlh",
                POST_TEMPLATE.replace("<article class=\"post\">\n", "<article class=\"post\">\n" + part(parts, 1) + "\n"));
        write("content/data/fuzz.yaml", parts.length > 2 ? parts[2] : null);
        for (int i = 0; i < MARKDOWN.length; i++) {
            String text = parts.length > 3 + i ? parts[3 + i] : null;
            write("content/" + MARKDOWN[i],
                    text == null || text.startsWith("---") ? text : "---\nimage: /card.png\n" + text);
        }
    }

    private static String part(String[] parts, int index) {
        return parts.length > index ? parts[index] : "";
    }

    /**
     * Writes {@code text} to the site's {@code path}, or removes the file when null; a file whose
     * text is unchanged is left alone, so the builder's caches (compiled templates) see no change.
     */
    private static void write(String path, String text) throws IOException {
        if (Objects.equals(WRITTEN.get(path), text) && WRITTEN.containsKey(path)) {
            return;
        }
        WRITTEN.put(path, text);
        Path file = SITE.resolve(path);
        if (text == null) {
            Files.deleteIfExists(file);
        } else {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }

    /** A site with the default theme in a temporary folder, removed when the JVM ends. */
    private static Path createSite() {
        try {
            Path dir = Files.createTempDirectory("reckon-site-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            TestSites.themedSite(dir, "title: Fuzz\nbase_url: https://example.org/\n");
            SharedKatex.get();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
