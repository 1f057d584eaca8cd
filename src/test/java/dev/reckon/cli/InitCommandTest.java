package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code reckon init}: a new site that builds and checks clean, and never a file overwritten. */
class InitCommandTest {
    @TempDir
    Path temp;

    @Test
    void createsASiteThatBuildsWithMathAComputedFigureAndAChart() throws IOException {
        Path site = temp.resolve("my-notes");
        Cli init = Cli.run("init", site.toString());
        assertEquals(0, init.code(), init.err());
        for (String file : List.of("content/site.yaml", "content/posts/first-post.md", ".gitignore",
                ".github/workflows/pages.yml")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertFalse(Files.exists(site.resolve("templates")), "the default theme needs no copy");
        assertEquals(List.of("/public/", "/.reckon/"),
                Files.readAllLines(site.resolve(".gitignore")).stream().filter(l -> l.startsWith("/")).toList());
        assertTrue(Files.readString(site.resolve("content/site.yaml")).contains("title: \"my-notes\""));

        Cli check = Cli.run("check", "--strict", "--source", site.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals("checked 1 page: 0 errors, 0 warnings", check.out().strip(), "no problem at all, hand-typed figures included");

        Cli build = Cli.run("build", "--source", site.toString());
        assertEquals(0, build.code(), build.err());
        Document post = Jsoup.parse(site.resolve("public/blog/first-post/index.html").toFile());
        Cli figure = Cli.run("calc", "gpt3.train_flops / h200.bf16.dense -> year | sig 2");
        assertTrue(post.text().contains("would need " + figure.out().strip() + " for it"), "the computed figure: " + post.text());
        assertFalse(post.select(".katex").isEmpty(), "math rendered by KaTeX");
        assertFalse(post.select("div.calc-equation").isEmpty(), "the derived equation, displayed");
        assertFalse(post.select("svg").isEmpty(), "the chart");
        assertFalse(post.html().contains("`="), "no directive left unevaluated");
    }

    @Test
    void theWorkflowInstallsReckonFromAReleaseOrThroughTheMavenPluginAndKeepsTheMathCache() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(0, Cli.run("init", site.toString()).code());
        @SuppressWarnings("unchecked")
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(site.resolve(".github/workflows/pages.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) workflow.get("env");
        assertEquals(Versions.reckon(), env.get("RECKON_VERSION"));
        String text = Files.readString(site.resolve(".github/workflows/pages.yml"));
        assertTrue(text.contains("path: .reckon/cache"), "restores the math cache");
        assertTrue(text.contains("/bin/reckon\"") && text.contains("\"$reckon\" build"), "the release path");
        assertTrue(text.contains("dev.reckon:reckon-maven-plugin:$RECKON_VERSION"), "the Maven plugin path");
        assertTrue(text.contains("actions/deploy-pages"));
    }

    @Test
    void refusesAFolderWithAnythingInItAndWritesNothing() throws IOException {
        Path site = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(site.resolve("notes.txt"), "mine\n");
        Cli init = Cli.run("init", site.toString());
        assertEquals(1, init.code());
        assertTrue(init.err().startsWith("error: " + site + " is not empty; nothing was written"), init.err());
        assertTrue(init.err().contains("--force"), init.err());
        try (var files = Files.list(site)) {
            assertEquals(List.of(site.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void forceAddsOnlyTheMissingFilesAndTemplatesCopiesTheTheme() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site/content"));
        Files.writeString(site.resolve("site.yaml"), "title: Mine\nbase_url: https://example.net/\nauthor: Me\n");
        Cli init = Cli.run("init", "--force", "--templates", site.getParent().toString());
        assertEquals(0, init.code(), init.err());
        assertEquals("title: Mine\nbase_url: https://example.net/\nauthor: Me\n", Files.readString(site.resolve("site.yaml")));
        assertTrue(init.out().contains("kept 1 existing files: content/site.yaml"), init.out());
        assertTrue(Files.exists(site.resolve("posts/first-post.md")));
        for (var file : Theme.files().entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(site.getParent().resolve("templates/" + file.getKey())), file.getKey());
        }
    }

    @Test
    void aTitleWithQuotesStaysOneYamlString() throws IOException {
        Path site = temp.resolve("q");
        assertEquals(0, Cli.run("init", "--title", "Bits \"and\" bytes: notes", site.toString()).code());
        Cli build = Cli.run("build", "--source", site.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.readString(site.resolve("public/index.html")).contains("Bits &quot;and&quot; bytes: notes"));
    }
}
