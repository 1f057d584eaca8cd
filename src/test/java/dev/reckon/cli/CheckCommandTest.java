package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes and what is printed where. The fixture needs no KaTeX. */
class CheckCommandTest {
    @TempDir
    Path temp;

    private Path site() {
        return TestSites.copySite(TestSites.REPO.resolve("src/test/resources/check/figures-only"), temp.resolve("site"));
    }

    @Test
    void warningsAloneExitZeroAndStrictMakesThemErrors() {
        Path site = site();
        Cli lenient = Cli.run("check", "--source", site.toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.err().startsWith("warning: hand-typed figure '80 GB'\n --> content/posts/only.md:7:79\n"),
                lenient.err());
        assertEquals("checked 1 page: 0 errors, 1 warning\n", lenient.out());

        Cli strict = Cli.run("check", "--strict", "--source", site.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.err().startsWith("error: hand-typed figure '80 GB'"), strict.err());
        assertTrue(strict.err().endsWith("checked 1 page: 1 error, 0 warnings\n"), strict.err());
        assertTrue(Files.notExists(site.resolve("public")), "check never writes the published site");
    }

    @Test
    void aBrokenLinkExitsOne() throws Exception {
        Path site = site();
        Path post = site.resolve("content/posts/only.md");
        Files.writeString(post, Files.readString(post).replace("(#memory)", "(#memroy)"));
        Cli r = Cli.run("check", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: no anchor #memroy on this page\n --> content/posts/only.md:7:49\n"), r.err());
    }

    /**
     * A broken data file stopped check before anything else was looked at; now check reports every
     * file's problems of the fault fixture, exactly what build reports for it.
     */
    @Test
    void reportsEveryKindOfErrorAsTheBuildDoes() throws Exception {
        Path fixture = TestSites.REPO.resolve("src/test/resources/faults/errors-every-kind");
        Path site = TestSites.copySite(fixture.resolve("site"), temp.resolve("site"));
        TestSites.copyTree(fixture.resolve("overlay"), site);
        Cli r = Cli.run("check", "--source", site.toString());
        assertEquals(1, r.code());
        String build = Files.readString(fixture.resolve("expected.txt"));
        String errors = build.substring(build.indexOf('\n') + 1, build.lastIndexOf("build failed"));
        assertEquals(errors + "checked 0 pages: 8 errors, 0 warnings\n", r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Cli.run("check", "--frobnicate").code());
    }
}
