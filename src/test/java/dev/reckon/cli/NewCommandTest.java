package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.content.ContentLoader;
import dev.reckon.content.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path temp;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void slugsAreLowercaseAsciiWithDashes() {
        assertEquals("deja-vu-on-h200-s-4-8-tb-s", Slugs.fromTitle("Déjà vu on H200's 4.8 TB/s!"));
        assertEquals("uber-naive-cafe", Slugs.fromTitle("  Über naïve   café "));
    }

    @Test
    void createsADraftWithFrontMatter() throws IOException {
        String[] r = run("new", "post", "Déjà vu: \"FLOPs\"", "--source", temp.toString());
        assertEquals("0", r[0], r[2]);
        Path file = temp.resolve("content/posts/deja-vu-flops.md");
        assertEquals("---\ntitle: \"Déjà vu: \\\"FLOPs\\\"\"\ndate: " + LocalDate.now()
                + "\ndraft: true\ndescription: \"\"\ntags: []\n---\n\n", Files.readString(file));
        assertTrue(r[1].contains("created "), r[1]);
    }

    @Test
    void bundleCreatesAFolder() {
        assertEquals("0", run("new", "post", "Chips", "--bundle", "--source", temp.toString())[0]);
        assertTrue(Files.isRegularFile(temp.resolve("content/posts/chips/index.md")));
    }

    @Test
    void refusesToOverwriteEitherForm() throws IOException {
        assertEquals("0", run("new", "post", "Chips", "--source", temp.toString())[0]);
        Path file = temp.resolve("content/posts/chips.md");
        Files.writeString(file, "mine");
        String[] again = run("new", "post", "Chips", "--source", temp.toString());
        assertEquals("1", again[0]);
        assertTrue(again[2].contains("chips.md already exists; nothing was written"), again[2]);
        assertEquals("mine", Files.readString(file));
        String[] bundle = run("new", "post", "Chips", "--bundle", "--source", temp.toString());
        assertEquals("1", bundle[0], "a bundle would publish at the same URL as the existing post");
        assertTrue(Files.notExists(temp.resolve("content/posts/chips")));
    }

    /** The build's slug rule, applied before anything is written: "con" would make a post the next build refuses. */
    @Test
    void aTitleWhoseSlugTheBuildWouldRefuseIsAUsageError() {
        for (String title : new String[] {"con", "NUL", "Lpt1", "Page"}) {
            String[] r = run("new", "post", title, "--source", temp.toString());
            assertEquals("2", r[0], title);
            assertTrue(r[2].contains("the title '" + title + "' makes "), r[2]);
            assertTrue(Files.notExists(temp.resolve("content/posts")), "nothing was written for " + title);
        }
        assertTrue(run("new", "post", "con", "--source", temp.toString())[2].contains("not a device name such as con or nul"));
    }

    /** Whatever title `new` accepts makes a post that loads: the same rule decides both. */
    @Test
    void everyPostNewCreatesLoads() throws IOException {
        for (String title : new String[] {"Con artists", "Auxiliary", "COM10", "Index", "404", "Blog", "Tags", "og.png", "Páge 2"}) {
            assertEquals("0", run("new", "post", title, "--source", temp.toString())[0], title);
        }
        Files.writeString(temp.resolve("content/site.yaml"), "title: T\nbase_url: https://example.org/\n");
        assertEquals(List.of(), ContentLoader.loadAll(temp).errors());
    }

    @Test
    void aTitleWithoutLettersIsAUsageError() {
        assertEquals("2", run("new", "post", "!!!", "--source", temp.toString())[0]);
    }
}
