package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example article in real headless Chromium (Debian's {@code chromium}, installed by
 * {@code .ci/run}), served over HTTP as a static host would, in frames 360 px and 1280 px wide:
 * the math-heavy example article and the post with highlighted code.
 * the page must not be wider than the frame, its stylesheets must apply, and every request the
 * page makes (styles, KaTeX fonts, icons) must succeed, and nothing may reach the browser console. The page itself has no script; a test-only
 * harness page next to it measures the frames and writes the result into its DOM, which Chromium
 * prints with --dump-dom, so no DevTools connection is needed.
 */
class BrowserLayoutTest {
    /** The math-heavy article, the post with highlighted code, and the charts at their most crowded. */
    private static final List<String> POSTS = List.of("/blog/ai-efficiency-introduction/", "/blog/checking-a-figure-by-hand/",
            ChartGallery.PATH);
    private static final List<Integer> WIDTHS = List.of(360, 1280);
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">([^<]*)</pre>");

    @TempDir
    Path temp;

    @Test
    void exampleArticleFitsAPhoneAndADesktopWithEveryRequestServed() throws Exception {
        Path out = temp.resolve("public");
        TestSites.build(TestSites.REPO, out);
        ChartGallery.buildInto(temp.resolve("gallery"), out);
        Files.writeString(out.resolve("__layout-check.html"), harness(), StandardCharsets.UTF_8);

        List<String> failedRequests = Collections.synchronizedList(new ArrayList<>());
        HttpHandler files = SimpleFileServer.createFileHandler(out);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            files.handle(exchange);
            if (exchange.getResponseCode() >= 400) {
                failedRequests.add(exchange.getResponseCode() + " " + exchange.getRequestURI());
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/__layout-check.html";
            String dom = chromium(url);
            Matcher m = RESULT.matcher(dom);
            assertTrue(m.find(), "the harness reported nothing:\n" + dom);
            String result = m.group(1);
            for (String id : frameIds()) {
                Matcher frame = Pattern.compile("\"" + Pattern.quote(id) + "\":\\{\"scrollWidth\":(\\d+),"
                        + "\"clientWidth\":(\\d+),\"styled\":(true|false)}").matcher(result);
                assertTrue(frame.find(), id + " not measured: " + result);
                assertTrue(Integer.parseInt(frame.group(1)) <= Integer.parseInt(frame.group(2)),
                        id + ": the page is wider than the window: " + result);
                assertEquals("true", frame.group(3), id + ": the theme's stylesheet did not apply: " + result);
                ChartGallery.assertChartsLegible(id, result);
            }
        } finally {
            server.stop(0);
        }
        assertEquals(List.of(), failedRequests, "requests that failed (the browser console would show them)");
        assertEquals(List.of(), consoleMessages(), "messages the pages wrote to the browser console");
    }

    /** Chromium logs every frame's console messages (errors, warnings, CSP reports) as CONSOLE lines. */
    private List<String> consoleMessages() {
        return readLog().lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    private static List<String> frameIds() {
        return POSTS.stream().flatMap(post -> WIDTHS.stream().map(width -> width + " px " + post)).toList();
    }

    /** Same-origin frames, one per post and width; each measured once its fonts have loaded. */
    private static String harness() {
        StringBuilder frames = new StringBuilder();
        for (String post : POSTS) {
            for (int width : WIDTHS) {
                frames.append("<iframe id=\"%d px %s\" src=\"%s\" width=\"%d\" height=\"800\"></iframe>\n"
                        .formatted(width, post, post, width));
            }
        }
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="/assets/favicon.svg"></head>
                <body>
                %s                <pre id="result">pending</pre>
                <script>
                const results = {};
                let pending = document.querySelectorAll('iframe').length;
                for (const frame of document.querySelectorAll('iframe')) {
                  frame.addEventListener('load', () => frame.contentDocument.fonts.ready.then(() => {
                    const doc = frame.contentDocument;
                    const root = doc.documentElement;
                    const styled = getComputedStyle(doc.body).maxWidth !== 'none';
                    results[frame.id] = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, styled: styled};
                    results['charts ' + frame.id] = %s;
                    if (--pending === 0) document.getElementById('result').textContent = JSON.stringify(results);
                  }));
                }
                </script>
                </body></html>
                """.formatted(frames, ChartGallery.MEASURE);
    }

    private String chromium(String url) throws IOException, InterruptedException {
        String binary = System.getProperty("reckon.chromium", "chromium");
        List<String> command = List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve("chromium-profile"), "--hide-scrollbars",
                "--window-size=1700,4000", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom", url);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(temp.resolve("chromium.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + binary + " (install Debian's chromium: apt-get install -y "
                    + "chromium, or point -Dreckon.chromium at a Chromium binary)", e);
        }
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + readLog());
        return new String(dom, StandardCharsets.UTF_8);
    }

    private String readLog() {
        try {
            return Files.readString(temp.resolve("chromium.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The example articles and the reader mini-site's post, each at a phone's and a desktop's width. */
    private static final List<ReadingCheck.Frame> READING = List.of(
            new ReadingCheck.Frame("/blog/ai-efficiency-introduction/", 360),
            new ReadingCheck.Frame("/blog/ai-efficiency-introduction/", 1280),
            new ReadingCheck.Frame("/blog/ai-efficiency-training-run/", 360),
            new ReadingCheck.Frame("/blog/ai-efficiency-training-run/", 1280),
            new ReadingCheck.Frame("/reader/blog/weights/", 360),
            new ReadingCheck.Frame("/reader/blog/weights/", 1280));

    /**
     * What a reader sees, light and dark, at 360 and 1280 px ({@link ReadingCheck}): display math and
     * charts fit or scroll with a cue, every derived equation's result is in view, the page never
     * scrolls sideways, anchors stay on screen, exactly the preloaded fonts are used, and every text
     * is legible on its background. With {@code -Dreckon.screenshots=DIR}, whole-page screenshots of
     * the example articles in each scheme and width are written to DIR for people to look at.
     */
    @Test
    void readersSeeEveryResultAndLegibleTextInBothSchemesOnAPhoneAndADesktop() throws Exception {
        Path out = temp.resolve("public");
        TestSites.build(TestSites.REPO, out);
        buildReaderSiteInto(out.resolve("reader"));
        String shots = System.getProperty("reckon.screenshots", "");
        try (Chromium browser = new Chromium(out, temp)) {
            List<String> failures = new ArrayList<>();
            for (Chromium.Scheme scheme : Chromium.Scheme.values()) {
                ReadingCheck.Result result = ReadingCheck.run(browser, out, READING, scheme);
                failures.addAll(result.failures());
                if (!shots.isBlank()) {
                    screenshots(browser, result, scheme, Path.of(shots));
                }
            }
            assertEquals(List.of(), failures, "what a reader would see wrong");
            assertEquals(List.of(), browser.failedRequests(), "requests that failed");
            assertEquals(List.of(), browser.consoleMessages(), "messages the pages wrote to the browser console");
        }
    }

    /** The reader mini-site (aligned table columns, a menu, inline derived equations) published under /reader/. */
    private void buildReaderSiteInto(Path target) throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/reader/site"), temp.resolve("reader-site"));
        Path settings = site.resolve("content/site.yaml");
        Files.writeString(settings, Files.readString(settings).replace("base_url: https://example.org/",
                "base_url: https://example.org/reader/"));
        TestSites.build(site, target);
    }

    private static void screenshots(Chromium browser, ReadingCheck.Result result, Chromium.Scheme scheme, Path folder)
            throws IOException, InterruptedException {
        for (var frame : result.heights().entrySet()) {
            if (frame.getKey().path().startsWith("/blog/")) {
                String slug = frame.getKey().path().substring("/blog/".length()).replace("/", "");
                String name = slug + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + frame.getKey().width() + ".png";
                browser.screenshot(frame.getKey().path(), scheme, frame.getKey().width(), frame.getValue(), folder.resolve(name));
            }
        }
    }
}
