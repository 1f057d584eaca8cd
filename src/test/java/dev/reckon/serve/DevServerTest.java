package dev.reckon.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevServerTest {
    private static final String SECRET = "top secret outside the site";

    @TempDir
    Path temp;
    private DevServer server;
    private Path out;

    @BeforeEach
    void start() throws IOException {
        out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.writeString(out.resolve("index.html"), "<html><body><p>home</p></body></html>");
        Files.createDirectories(out.resolve("blog/first"));
        Files.writeString(out.resolve("blog/first/index.html"), "<html><body><p>first post</p></body></html>");
        Files.writeString(out.resolve("404.html"), "<html><body><p>no such page</p></body></html>");
        Files.createDirectories(out.resolve("assets"));
        for (String name : new String[] {"style.css", "app.js", "logo.svg", "a.png", "f.woff2", "atom.xml", "d.json", "robots.txt"}) {
            Files.writeString(out.resolve("assets").resolve(name), "x");
        }
        Files.createSymbolicLink(out.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("leakdir"), temp);
        server = new DevServer(out, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"style.css=text/css; charset=utf-8", "app.js=text/javascript; charset=utf-8",
            "logo.svg=image/svg+xml", "a.png=image/png", "f.woff2=font/woff2",
            "atom.xml=application/xml; charset=utf-8", "d.json=application/json; charset=utf-8",
            "robots.txt=text/plain; charset=utf-8"})
    void contentTypes(String pair) throws IOException {
        String[] parts = pair.split("=", 2);
        Http.Response r = Http.get(server.port(), "/assets/" + parts[0]);
        assertEquals(200, r.status());
        assertEquals(parts[1], r.header("Content-Type"));
        assertEquals("x", r.body(), "assets are sent untouched");
    }

    @Test
    void directoriesServeTheirIndexWithTheReloadScriptInjected() throws IOException {
        Http.Response r = Http.get(server.port(), "/blog/first/");
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        assertTrue(r.body().startsWith("<html><body><p>first post</p><script>new EventSource(\"/__reckon/events\")"), r.body());
        assertTrue(r.body().endsWith("</script></body></html>"), r.body());
        assertFalse(Files.readString(out.resolve("blog/first/index.html")).contains("script"), "files on disk stay as built");
        assertEquals(200, Http.get(server.port(), "/").status());
        assertEquals(200, Http.get(server.port(), "/blog/first").status());
    }

    @Test
    void missesGetThe404PageWithStatus404() throws IOException {
        Http.Response r = Http.get(server.port(), "/blog/nope/");
        assertEquals(404, r.status());
        assertTrue(r.body().contains("no such page"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/blog/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/..%2fsecret.txt", "/..%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/leak.txt",
            "/leakdir/secret.txt", "/leakdir/", "/%00", "/index.html%00.txt", "/%252e%252e/secret.txt",
            "//etc/passwd", "/./index.html"})
    void noPathEscapesTheOutput(String path) throws IOException {
        Http.Response r = Http.get(server.port(), path);
        assertTrue(r.status() == 400 || r.status() == 404, path + " -> " + r.status());
        assertFalse(r.body().contains(SECRET), path);
        assertFalse(r.body().contains("root:"), path);
    }

    @Test
    void noDirectoryListingsAndOnlyGetOrHead() throws IOException {
        Files.createDirectories(out.resolve("empty"));
        assertEquals(404, Http.get(server.port(), "/empty/").status());
        assertEquals(405, Http.request(server.port(), "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").status());
        Http.Response head = Http.request(server.port(), "HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals(400, Http.get(server.port(), "/" + "a".repeat(5000)).status());
        assertEquals(400, Http.request(server.port(), "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:1313", "127.0.0.1:1313", "[::1]:1313", "192.168.1.20", "preview.localhost"})
    void answersHostsNoOtherSiteCanControl(String host) throws IOException {
        assertEquals(200, Http.request(server.port(), "GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").status(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:1313", "localhost.attacker.example", "127.0.0.1.nip.io"})
    void refusesRequestsUnderAForeignHostName(String host) throws IOException {
        Http.Response r = Http.request(server.port(), "GET /blog/first/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        assertEquals(421, r.status(), host);
        assertFalse(r.body().contains("first post"), "DNS rebinding must not read the site");
        assertEquals(421, Http.request(server.port(), "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").status(), "no Host at all");
    }

    @Test
    void withNothingBuiltYetTheOverlayStillReachesTheBrowser() throws IOException {
        Files.delete(out.resolve("404.html"));
        server.buildFailed(new ReckonException(Diagnostic.error("bad front matter", null, null, null)));
        Http.Response r = Http.get(server.port(), "/missing/");
        assertEquals(404, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        assertTrue(r.body().contains("error: bad front matter") && r.body().contains("EventSource"), r.body());
    }

    @Test
    void aFailedBuildOverlaysTheEscapedDiagnosticUntilTheNextGoodBuild() throws IOException {
        server.buildFailed(new ReckonException(Diagnostic.error("unknown name '<h20>'", null, null, "did you mean 'h200'?")));
        Http.Response failed = Http.get(server.port(), "/");
        assertTrue(failed.body().contains("<p>home</p>"), "the last good page is still served");
        assertTrue(failed.body().contains("error: unknown name '&lt;h20&gt;'"), failed.body());
        assertTrue(failed.body().contains("reckon-error"), failed.body());
        assertTrue(failed.body().contains("<pre style=\"all:initial;"), "the theme's pre rules must not reach the overlay");
        server.buildSucceeded();
        assertFalse(Http.get(server.port(), "/").body().contains("reckon-error"));
    }
}
