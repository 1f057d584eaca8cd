package dev.reckon.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.yaml.BoundedCompose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter and site.yaml are loaded safely: no alias bombs, no runaway nesting or size. */
class YamlLimitsTest {
    /** Nine levels of ten aliases each: a billion "lol"s if expanded. */
    static final String BILLION_LAUGHS = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    @TempDir
    Path site;

    private Diagnostic firstError(String siteYaml, String post) throws IOException {
        write("content/site.yaml", siteYaml);
        write("content/posts/a.md", post);
        ReckonException e = assertThrows(ReckonException.class, () -> ContentLoader.load(site));
        return e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String post(String frontMatter) {
        return "---\ntitle: T\ndate: 2024-01-01\n" + frontMatter + "---\nBody\n";
    }

    @Test
    void billionLaughsInFrontMatterIsRefused() throws IOException {
        Diagnostic d = firstError("title: S\nbase_url: https://example.org/\n", post(BILLION_LAUGHS));
        assertEquals("too many aliases of lists or mappings (more than 50)", d.message());
        assertEquals("content/posts/a.md:10:8", d.span().location());
    }

    @Test
    void billionLaughsInSiteYamlIsRefused() throws IOException {
        Diagnostic d = firstError("title: S\nbase_url: https://example.org/\n" + BILLION_LAUGHS, post(""));
        assertEquals("too many aliases of lists or mappings (more than 50)", d.message());
        assertEquals("content/site.yaml:9:8", d.span().location());
    }

    @Test
    void deepNestingIsRefusedAtItsPosition() throws IOException {
        String deep = "x: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        Diagnostic d = firstError("title: S\nbase_url: https://example.org/\n", post(deep));
        assertEquals("YAML nested deeper than " + BoundedCompose.MAX_DEPTH + " levels", d.message());
        assertEquals(4, d.span().line());
        assertEquals(4 + BoundedCompose.MAX_DEPTH - 1, d.span().column());
    }

    @Test
    void oversizedFrontMatterIsRefused() throws IOException {
        // Front matter has a bound of its own, far below the YAML front end's, checked before parsing.
        String huge = "description: \"" + "x".repeat(BoundedCompose.MAX_CHARACTERS) + "\"\n";
        Diagnostic d = firstError("title: S\nbase_url: https://example.org/\n", post(huge));
        assertEquals("front matter is longer than 65,536 characters", d.message());
        assertEquals("content/posts/a.md:4:1", d.span().location(), "the line that passes the bound");
    }

    @Test
    void oversizedSiteYamlIsRefused() throws IOException {
        String huge = "title: S\nbase_url: https://example.org/\ndescription: \"" + "x".repeat(BoundedCompose.MAX_CHARACTERS) + "\"\n";
        Diagnostic d = firstError(huge, post("title: P\ndate: 2024-01-01\n"));
        assertEquals("YAML longer than 2,000,000 characters", d.message());
    }
}
