package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path temp;

    private Path site() {
        return TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
    }

    @Test
    void buildsAndReports() {
        Path site = site();
        Cli r = Cli.run("build", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built "), r.out());
        assertTrue(r.out().contains("skipped 1 draft and 1 future post"), r.out());
        assertTrue(Files.exists(site.resolve("public/blog/first/index.html")));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("build", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void brokenFrontMatterFailsWithPositionAndLeavesPublishedSiteAlone() throws IOException {
        Path site = site();
        assertEquals(0, Cli.run("build", "--source", site.toString()).code());
        Path published = site.resolve("public/blog/first/index.html");
        String before = Files.readString(published);
        Files.writeString(site.resolve("content/posts/first.md"), "---\ntitle: [unclosed\ndate: 2024-01-10\n---\nBody\n");

        Cli r = Cli.run("build", "--source", site.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: invalid YAML"), r.err());
        assertTrue(r.err().contains("--> content/posts/first.md:3:"), r.err());
        assertTrue(r.err().contains("nothing was published"), r.err());
        assertEquals(before, Files.readString(published));
        try (var siblings = Files.list(site)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("reckon-tmp")));
        }
    }

    @Test
    void badTexFailsWithPosition() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/posts/first.md"),
                "---\ntitle: T\ndate: 2024-01-10\n---\n\nSee $\\frac{1}{$ here.\n");
        Cli r = Cli.run("build", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--> content/posts/first.md:6:"), r.err());
        assertTrue(r.err().contains("KaTeX parse error"), r.err());
        assertTrue(Files.notExists(site.resolve("public")));
    }

    @Test
    void templateErrorNamesTemplateAndLine() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("templates/page.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout>\n${page.nosuch}\n</@base.layout>\n");
        Cli r = Cli.run("build", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--> templates/page.ftlh:3:"), r.err());
    }

    @Test
    void refusesAnOutputFolderItDidNotCreate() throws IOException {
        Path site = site();
        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("precious.txt"), "keep me");
        Cli r = Cli.run("build", "--source", site.toString(), "--output", foreign.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("holds files Reckon did not write"), r.err());
        assertEquals("keep me", Files.readString(foreign.resolve("precious.txt")));
    }
}
