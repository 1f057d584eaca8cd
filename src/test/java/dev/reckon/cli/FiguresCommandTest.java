package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.output.FigureIndex;
import dev.reckon.site.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure changelog: every build records its published figures, and says which a data edit changed. */
class FiguresCommandTest {
    @TempDir
    Path site;

    private void write(String file, String text) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void writeSite() throws IOException {
        TestSites.themedSite(site, "title: Figures\nbase_url: https://example.org/\n");
        write("content/posts/a.md", """
                ---
                title: A
                date: 2024-01-10
                description: a
                ---
                The H100 holds `= h100.memory` and the H200 `= h200.memory`.

                Eight H100s hold `= n * h100.memory -> GB`.

                ```calc
                n = 8
                ```
                """);
        write("content/posts/b.md", """
                ---
                title: B
                date: 2024-01-11
                description: b
                ---
                ```calc-table
                rows: h100, h200
                Memory: row.memory -> GB
                ```
                """);
    }

    private Cli build() {
        Cli r = Cli.run("build", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void aDataEditNamesEveryChangedFigureItsPositionOldAndNewAndItsCause() throws IOException {
        writeSite();
        Cli first = build();
        assertFalse(first.out().contains("figures changed"), "the first build changes nothing: " + first.out());
        Cli listed = Cli.run("figures", "--source", site.toString());
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("content/posts/a.md:6:19  80 GB  = h100.memory  (h100_sxm.memory)\n"), listed.out());
        assertTrue(listed.out().contains("content/posts/b.md:8:1  141 GB  = Memory: row.memory -> GB (row h200_sxm)  (h200_sxm.memory)\n"),
                listed.out());
        assertTrue(listed.out().endsWith("5 published figures in 2 pages\n"), listed.out());

        write("content/data/lab.yaml", """
                kind: accelerator
                records:
                  h100_sxm:
                    source: https://example.com/our-lab-notes
                    confirmed: D
                    data:
                      memory: 94 GB
                """);
        Cli second = build();
        assertTrue(second.out().endsWith("3 published figures changed in 2 posts; reckon figures --changed\n"), second.out());

        Cli changed = Cli.run("figures", "--changed", "--source", site.toString());
        assertEquals(0, changed.code(), changed.err());
        assertEquals("""
                content/posts/a.md:6  80 GB → 94 GB  h100.memory  because h100_sxm.memory 80 GB → 94 GB
                content/posts/a.md:8  640 GB → 752 GB  n * h100.memory -> GB  because h100_sxm.memory 80 GB → 94 GB
                content/posts/b.md:8  80 GB → 94 GB  Memory: row.memory -> GB (row h100_sxm)  because h100_sxm.memory 80 GB → 94 GB
                3 published figures changed in 2 posts
                """, changed.out());

        // A warm build with nothing new says nothing and leaves the changes of the last build that changed any.
        Files.writeString(site.resolve("content/posts/a.md"), Files.readString(site.resolve("content/posts/a.md")) + "\nMore prose.\n");
        Cli third = build();
        assertFalse(third.out().contains("figure"), third.out());
        assertEquals(changed.out(), Cli.run("figures", "--changed", "--source", site.toString()).out());
    }

    @Test
    void anEditThatMovesASentenceIsNotAChangeButAnEditedDefinitionIs() throws IOException {
        writeSite();
        build();
        String a = Files.readString(site.resolve("content/posts/a.md"));
        Files.writeString(site.resolve("content/posts/a.md"), a.replace("The H100 holds", "New first line.\n\nThe H100 holds")
                .replace("n = 8", "n = 4"));
        Cli r = build();
        assertTrue(r.out().endsWith("1 published figure changed in 1 post; reckon figures --changed\n"), r.out());
        assertEquals("content/posts/a.md:10  640 GB → 320 GB  n * h100.memory -> GB  because the page's own text or definitions changed\n"
                        + "1 published figure changed in 1 post\n",
                Cli.run("figures", "--changed", "--source", site.toString()).out());
    }

    @Test
    void withoutABuildThereIsNothingToList() throws IOException {
        writeSite();
        Cli r = Cli.run("figures", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("no figures recorded in "), r.err());
        assertTrue(r.err().contains("run reckon build first"), r.err());
    }

    @Test
    void theIndexIsDeterministicAndADamagedOneIsStartedAfresh() throws IOException {
        writeSite();
        build();
        Path index = site.resolve(FigureIndex.FILE);
        String first = Files.readString(index);
        Files.delete(index);
        build(); // nothing else changed: the build is not skipped while the index is missing
        assertEquals(first, Files.readString(index));
        Files.delete(index);
        Files.writeString(site.resolve("content/posts/b.md"), Files.readString(site.resolve("content/posts/b.md")) + "\n");
        build(); // a.md comes from the page cache, with its figures
        assertEquals(first, Files.readString(index));
        Files.writeString(index, "{\"digest\": \"broken");
        Files.writeString(site.resolve("content/posts/b.md"), Files.readString(site.resolve("content/posts/b.md")) + "\n");
        Cli r = build();
        assertFalse(r.out().contains("figure"), r.out());
        assertEquals(first, Files.readString(index));
    }
}
