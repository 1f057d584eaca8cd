package dev.reckon.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path site;

    @BeforeEach
    void settings() throws IOException {
        write("content/site.yaml", "title: T\nbase_url: https://example.org/blog-root\nlanguage: de\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void loadsPostsBundlesPagesAndSettings() throws IOException {
        write("content/posts/b-post.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [x, y]\n---\nBody\n");
        write("content/posts/a-bundle/index.md", "---\ntitle: A\ndate: 2024-01-01\nslug: custom\n---\n\nBody\n");
        write("content/posts/a-bundle/pic.png", "png");
        write("content/about.md", "---\ntitle: About\n---\nHi\n");
        SiteContent content = ContentLoader.load(site);

        assertEquals("https://example.org/blog-root/", content.config().baseUrl());
        assertEquals("/blog-root/", content.config().basePath());
        assertEquals("de", content.config().locale().toLanguageTag());
        assertEquals(List.of("custom", "b-post"), content.posts().stream().map(Page::slug).toList());
        Page bundle = content.posts().get(0);
        assertEquals(6, bundle.bodyFirstLine());
        assertEquals("\nBody\n", bundle.body());
        assertEquals(List.of("pic.png"), bundle.bundleFiles().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("x", "y"), content.posts().get(1).meta().tags());
        assertEquals(LocalDate.of(2024, 1, 2), content.posts().get(1).meta().date());
        assertEquals("about/", content.pages().get(0).urlPath());
    }

    /** A 10 MB front matter took 35 s to be refused by the YAML parser; the size is checked first. */
    @Test
    void aHugeFrontMatterIsRefusedAtOnceBeforeParsing() throws IOException {
        String keys = "k: v\n".repeat(2_000_000);
        write("content/posts/huge.md", "---\ntitle: Huge\ndate: 2024-01-01\n" + keys + "---\nBody\n");
        write("content/posts/unclosed.md", "---\ntitle: Unclosed\n" + "x".repeat(70_000) + "\n");
        write("content/posts/fine.md", "---\ntitle: Fine\ndate: 2024-01-01\ndescription: " + "y".repeat(60_000) + "\n---\n");
        long start = System.nanoTime();
        ReckonException e = assertThrows(ReckonException.class, () -> ContentLoader.load(site));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without parsing ten megabytes of YAML");
        List<String> where = e.diagnostics().stream().map(d -> d.span().location() + " " + d.message()).toList();
        assertEquals(List.of("content/posts/huge.md:13105:1 front matter is longer than 65,536 characters",
                "content/posts/unclosed.md:3:1 front matter is longer than 65,536 characters"), where);
    }

    @Test
    void collectsEveryProblemWithPositions() throws IOException {
        write("content/posts/one.md", "---\ntitle: One\ndate: yesterday\n---\n");
        write("content/posts/two.md", "---\ntitle: Two\ndate: 2024-01-01\ndraft: maybe\n---\n");
        write("content/posts/three.md", "no front matter\n");
        ReckonException e = assertThrows(ReckonException.class, () -> ContentLoader.load(site));
        List<String> where = e.diagnostics().stream().map(d -> d.span().location() + " " + d.message()).toList();
        assertEquals(List.of(
                "content/posts/one.md:3:7 'date' is not a date: 'yesterday'",
                "content/posts/three.md:1:1 missing front matter",
                "content/posts/two.md:4:8 'draft' must be true or false, not 'maybe'"), where);
    }

    @Test
    void unknownKeysAreWarnings() throws IOException {
        write("content/posts/p.md", "---\ntitle: P\ndate: 2024-01-01\nauthor: me\n---\n");
        SiteContent content = ContentLoader.load(site);
        Diagnostic w = content.warnings().get(0);
        assertEquals("content/posts/p.md:4:1", w.span().location());
        assertTrue(w.message().contains("unknown key 'author'"), w.message());
    }

    @Test
    void unsafeSlugsAndCollisionsAreErrors() throws IOException {
        write("content/posts/p.md", "---\ntitle: P\ndate: 2024-01-01\nslug: ../../etc\n---\n");
        ReckonException e = assertThrows(ReckonException.class, () -> ContentLoader.load(site));
        assertEquals("unusable slug '../../etc'", e.diagnostics().get(0).message());

        Files.delete(site.resolve("content/posts/p.md"));
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\nslug: same\n---\n");
        write("content/posts/b.md", "---\ntitle: B\ndate: 2024-01-01\nslug: same\n---\n");
        e = assertThrows(ReckonException.class, () -> ContentLoader.load(site));
        assertTrue(e.diagnostics().get(0).message().contains("content/posts/a.md and content/posts/b.md"),
                e.diagnostics().get(0).message());
    }

    @Test
    void nonUtf8IsReportedWithItsLine() throws IOException {
        Path post = site.resolve("content/posts/latin1.md");
        Files.createDirectories(post.getParent());
        Files.write(post, "---\ntitle: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ReckonException e = assertThrows(ReckonException.class, () -> ContentLoader.load(site));
        assertEquals("content/posts/latin1.md:2:11 file is not valid UTF-8 (byte 0xE9)",
                e.diagnostics().get(0).span().location() + " " + e.diagnostics().get(0).message());
        assertEquals("title: Caf\uFFFD", e.diagnostics().get(0).sourceLine());
    }
}
