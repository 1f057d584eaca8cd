package dev.reckon.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.TestSites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser runs the injected script: headless Chromium opens a served post, the post is
 * edited, and the browser fetches the page again on its own, getting the new text.
 */
class ChromiumReloadTest {
    /** The Chromium './reckon test' found or installed; Debian's by default. */
    private static final Path CHROMIUM = Path.of(System.getProperty("reckon.chromium", "/usr/bin/chromium"));

    @TempDir
    Path temp;

    @Test
    void anOpenPageReloadsWithTheEditedText() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is not a program: install Chromium ('./reckon test' does it"
                + " as root on Debian) or point -Dreckon.chromium at one");
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path out = temp.resolve("serve");
        Path post = site.resolve("content/posts/first.md");
        LinkedBlockingQueue<String> requests = new LinkedBlockingQueue<>();
        var build = TestSites.serving(site, out);
        try (ServeSession session = new ServeSession(site, out, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                build::get, line -> { })) {
            session.server().requestSeen = requests::add;
            session.start();
            Process browser = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--user-data-dir=" + temp.resolve("profile"),
                    "http://127.0.0.1:" + session.port() + "/blog/first/")
                    .redirectErrorStream(true).redirectOutput(temp.resolve("chromium.log").toFile()).start();
            try {
                awaitRequest(requests, "/blog/first/");
                awaitRequest(requests, DevServer.EVENTS_PATH); // the injected script is running
                Files.writeString(post, Files.readString(post) + "\nWritten while the browser watched.\n");
                awaitRequest(requests, "/blog/first/"); // the browser reloaded by itself
                assertTrue(Http.get(session.port(), "/blog/first/").body().contains("Written while the browser watched."));
            } finally {
                browser.descendants().forEach(ProcessHandle::destroyForcibly); // renderer and zygote processes
                browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitRequest(LinkedBlockingQueue<String> requests, String path) throws InterruptedException, IOException {
        while (true) {
            String seen = requests.poll(60, TimeUnit.SECONDS);
            assertTrue(seen != null, "the browser never requested " + path);
            if (seen.equals(path)) {
                return;
            }
        }
    }
}
