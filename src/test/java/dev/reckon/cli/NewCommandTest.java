package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        assertEquals("deja-vu-on-h200-s-4-8-tb-s", NewCommand.slug("Déjà vu on H200's 4.8 TB/s!"));
        assertEquals("uber-naive-cafe", NewCommand.slug("  Über naïve   café "));
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

    @Test
    void aTitleWithoutLettersIsAUsageError() {
        assertEquals("2", run("new", "post", "!!!", "--source", temp.toString())[0]);
    }
}
