package dev.reckon.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.Diagnostic;
import dev.reckon.js.SharedJs;
import dev.reckon.math.SharedKatex;
import dev.reckon.site.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckTest {
    @TempDir
    Path temp;

    static CheckReport check(Path site, boolean strict) {
        SiteCheck check = new SiteCheck(SharedJs.get(), SharedKatex::get, DataSetLoader.bundled(), null);
        return check.run(new SiteCheck.Options(site, false, false, TestSites.TODAY, strict));
    }

    private Path fixture(String name) {
        return TestSites.copySite(TestSites.REPO.resolve("src/test/resources/check/" + name), temp.resolve(name));
    }

    /** "severity file:line:column message", the form of the fixtures' expected.txt. */
    static List<String> lines(CheckReport report) {
        return report.problems().stream()
                .map(d -> d.severity().label() + " " + (d.span() == null ? "-" : d.span().location()) + " " + d.message())
                .toList();
    }

    private static List<String> expected(String name) throws IOException {
        return Files.readAllLines(TestSites.REPO.resolve("src/test/resources/check/" + name + "/expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }

    @Test
    void reportsEveryProblemOfEveryPageWithItsSourcePosition() throws IOException {
        Path site = fixture("problems");
        CheckReport report = check(site, false);
        assertEquals(expected("problems"), lines(report));
        assertTrue(report.built());
        assertEquals(3, report.pages());
        assertFalse(Files.exists(site.resolve(".reckon/cache/output")), "its throw-away build keeps no output blobs");
    }

    @Test
    void namesTheDirectiveThatWouldProduceAHandTypedFigure() {
        List<Diagnostic> problems = check(fixture("problems"), false).problems();
        assertEquals("write `= h200.memory -> GB` instead (also `= h200_nvl.memory -> GB`)", hintFor(problems, "'141 GB'"));
        assertEquals("write `= gpt3.train_flops -> FLOPs | sci` instead", hintFor(problems, "'3.14 × 10²³ FLOPs'"));
        assertTrue(hintFor(problems, "'989 TFLOPs'").startsWith("write `= h200.bf16.dense -> TFLOP/s` instead"),
                "an amount typed where a rate is meant is matched to the rate the sentence names (H200, dense BF16)");
        assertTrue(hintFor(problems, "'10 years'").startsWith("compute it with a directive"));
    }

    @Test
    void aLinkToAMarkdownSourceNamesThePublishedAddress() {
        List<Diagnostic> problems = check(fixture("problems"), false).problems();
        assertEquals("link to the published page: /blog/figures/", hintFor(problems, ": figures.md"));
    }

    private static String hintFor(List<Diagnostic> problems, String figure) {
        return problems.stream().filter(d -> d.message().endsWith(figure)).findFirst().orElseThrow().hint();
    }

    @Test
    void strictTurnsHandTypedFiguresIntoErrors() {
        Path site = fixture("figures-only");
        assertEquals(List.of("error content/posts/only.md:7:79 hand-typed figure '80 GB'"), lines(check(site, true)));
        assertEquals(List.of("warning content/posts/only.md:7:79 hand-typed figure '80 GB'"), lines(check(site, false)));
    }

    @Test
    void aFailedBuildStillReportsTheErrorsOfAllPagesAndTheSourceChecks() throws IOException {
        CheckReport report = check(fixture("broken-build"), false);
        assertFalse(report.built());
        assertEquals(expected("broken-build"), lines(report));
    }

    @Test
    void theExampleSitePassesStrict() {
        CheckReport report = check(TestSites.REPO, true);
        assertEquals(List.of(), lines(report));
        assertTrue(report.pages() >= 5, "every post and page was inspected: " + report.pages());
    }

    @Test
    void neverTouchesTheSitesOutputFolderNorItsBuildStamp() throws IOException {
        Path site = fixture("figures-only");
        check(site, false);
        assertFalse(Files.exists(site.resolve("public")));
        assertFalse(Files.exists(site.resolve(dev.reckon.site.SiteBuilder.BUILD_STAMP)),
                "a stamp for the throw-away output would cost the next real build its up-to-date shortcut");
    }
}
