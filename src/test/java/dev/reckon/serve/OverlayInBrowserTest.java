package dev.reckon.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import dev.reckon.site.Chromium;
import dev.reckon.site.ReadingCheck;
import dev.reckon.site.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error overlay of {@code serve} over a page of the default theme, in real Chromium, light and
 * dark, on a phone and a desktop: its text stays legible whatever the theme does to div, p and pre
 * (it once took the theme's light code background under its light text).
 */
class OverlayInBrowserTest {
    @TempDir
    Path temp;

    @Test
    void theOverlayIsLegibleOverTheThemeInBothSchemes() throws Exception {
        Path root = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(root.resolve("assets"));
        Files.copy(TestSites.REPO.resolve("templates/assets/style.css"), root.resolve("assets/style.css"));
        String error = Diagnostic.error("unknown data record 'h2000'", SourceSpan.of("content/posts/a.md", 3, 5),
                "The `= h2000.memory` of HBM.", "did you mean 'h200'?").render();
        Files.writeString(root.resolve("page.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/style.css"></head>
                <body><main id="main"><h1>A post</h1><p>Text of the last good build.</p><pre><code>code</code></pre></main>
                %s</body></html>
                """.formatted(DevServer.overlay(error)));
        List<ReadingCheck.Frame> frames = List.of(new ReadingCheck.Frame("/page.html", 360), new ReadingCheck.Frame("/page.html", 1280));
        try (Chromium browser = new Chromium(root, temp)) {
            List<String> failures = new ArrayList<>();
            for (Chromium.Scheme scheme : Chromium.Scheme.values()) {
                failures.addAll(ReadingCheck.run(browser, root, frames, scheme).failures());
            }
            assertEquals(List.of(), failures);
            assertEquals(List.of(), browser.failedRequests());
        }
    }
}
