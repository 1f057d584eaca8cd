package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reckon data import, data fields, and an imported figure used by a post in a real build. */
class DataCommandTest {
    private static final Path FIXTURES = TestSites.REPO.resolve("src/test/resources/epoch");

    @TempDir
    Path site;

    private void minimalSite() {
        TestSites.themedSite(site, "title: T\nbase_url: https://example.org/\n");
    }

    @Test
    void importWritesASiteDataFileThatBuildsAndLists() throws IOException {
        minimalSite();
        Cli r = Cli.run("data", "import", FIXTURES.resolve("lab_chip.csv").toString(), "--kind", "hardware",
                "--source", site.toString(), "--retrieved", "2026-12-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  lab_chip_x1  new: Lab Chip X1, 5 figures\n"), r.out());
        assertTrue(r.out().endsWith("wrote content/data/epoch-hardware.yaml; credit Epoch AI (CC BY 4.0) where you publish these figures\n"));
        String yaml = Files.readString(site.resolve("content/data/epoch-hardware.yaml"));
        assertTrue(yaml.startsWith("# Imported by 'reckon data import "), yaml);

        Cli shown = Cli.run("data", "--source", site.toString(), "lab_chip_x1");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().lines().anyMatch(l -> l.matches("  scale_out\\.unidir +50 +GB/s +\\[S\\] +\\[1\\] +Epoch AI 'Internode.*")),
                shown.out());

        Files.writeString(site.resolve("content/posts/nic.md"), """
                ---
                title: NIC
                date: 2024-01-01
                description: d
                ---
                The X1's NIC moves `= lab_chip_x1.scale_out.unidir -> Gbit/s` per direction.
                """);
        Cli build = Cli.run("build", "--source", site.toString(), "--output", site.resolve("public").toString(), "-q");
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.readString(site.resolve("public/blog/nic/index.html")).contains(">400\u00A0G"), "50 GB/s is 400 Gbit/s");

        // importing again rewrites the file from the data set without it, so nothing is doubled
        Cli again = Cli.run("data", "import", FIXTURES.resolve("lab_chip.csv").toString(), "--kind", "hardware",
                "--source", site.toString(), "--retrieved", "2026-12-01");
        assertEquals(0, again.code(), again.err());
        assertEquals(yaml, Files.readString(site.resolve("content/data/epoch-hardware.yaml")));
    }

    @Test
    void badOptionsAreUsageErrorsAndNothingIsWritten() throws IOException {
        minimalSite();
        String csv = FIXTURES.resolve("ml_hardware.csv").toString();
        Cli kind = Cli.run("data", "import", csv, "--kind", "gpus", "--source", site.toString());
        assertEquals(2, kind.code());
        assertTrue(kind.err().startsWith("error: --kind must be 'hardware' (Epoch AI's ML Hardware) or 'models'"), kind.err());
        Cli day = Cli.run("data", "import", csv, "--kind", "hardware", "--retrieved", "June", "--source", site.toString());
        assertEquals(2, day.code());
        Cli id = Cli.run("data", "import", csv, "--kind", "hardware", "--id", "NVIDIA H200 SXM=H200", "--source", site.toString());
        assertEquals(2, id.code());
        Cli missing = Cli.run("data", "import", site.resolve("nope.csv").toString(), "--kind", "hardware", "--source", site.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("error: cannot read "), missing.err());
        assertFalse(Files.exists(site.resolve("content/data")));

        Files.createDirectories(site.resolve("content/data"));
        Files.writeString(site.resolve("content/data/lab.yaml"), "kind: accelerator\nrecords: {}\n");
        Cli mine = Cli.run("data", "import", csv, "--kind", "hardware", "--output", site.resolve("content/data/lab.yaml").toString(),
                "--source", site.toString());
        assertEquals(1, mine.code());
        assertTrue(mine.err().startsWith("error: content/data/lab.yaml was not written by 'reckon data import'"), mine.err());
        assertEquals("kind: accelerator\nrecords: {}\n", Files.readString(site.resolve("content/data/lab.yaml")));
    }

    @Test
    void fieldsDescribesTheKnownFields() {
        Cli r = Cli.run("data", "fields", "models");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  train\\.mfu +dimensionless +none or % +model FLOP utilisation.*")), r.out());
    }
}
