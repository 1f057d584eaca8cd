package dev.reckon.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop on a real site: edit a post, see a reload event, see the new text; break it, see the overlay. */
class ServeSessionTest {
    @TempDir
    Path temp;

    @Test
    void anEditRebuildsAndReloadsOpenPages() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path out = temp.resolve("serve");
        Path post = site.resolve("content/posts/first.md");
        var build = TestSites.serving(site, out);
        try (ServeSession session = new ServeSession(site, out, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                build::get, line -> { })) {
            session.start();
            String before = Http.get(session.port(), "/blog/first/").body();
            assertFalse(before.contains("Freshly edited sentence"));

            try (Socket events = new Socket(InetAddress.getLoopbackAddress(), session.port())) {
                events.setSoTimeout(20_000); // bounds every wait below
                InputStream in = openEvents(events);
                Files.writeString(post, Files.readString(post) + "\nFreshly edited sentence.\n");
                afterReload(in, session.port(), body -> body.contains("Freshly edited sentence"));

                String good = Files.readString(post);
                Files.writeString(post, good.replaceFirst("title:", "titel:").replaceFirst("---\n", "---\ntitle: [unclosed\n"));
                // a failed build also reloads, to show the overlay
                String broken = afterReload(in, session.port(), body -> body.contains("reckon-error"));
                assertTrue(broken.contains("Freshly edited sentence"), "the last good page is still served");

                Files.writeString(post, good);
                afterReload(in, session.port(), body -> !body.contains("reckon-error"));
            }
        }
    }

    /** A runaway template is an error like any other: the server keeps serving, and fixing the file rebuilds. */
    @Test
    void aTemplateThatRecursesForeverIsShownAndFixingItRebuilds() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        Path out = temp.resolve("serve");
        Path template = site.resolve("templates/post.ftlh");
        String good = Files.readString(template);
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServeSession session = new ServeSession(site, out, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                TestSites.serving(site, out)::get, log::add)) {
            session.start();
            try (Socket events = new Socket(InetAddress.getLoopbackAddress(), session.port())) {
                events.setSoTimeout(20_000);
                InputStream in = openEvents(events);
                Files.writeString(template, "<#macro r n><@r n=n+1/></#macro><@r n=0/>\n" + good);
                String broken = afterReload(in, session.port(), body -> body.contains("reckon-error"));
                assertTrue(broken.contains("template exceeds its nesting limit"), "the overlay names the limit");
                assertTrue(broken.contains("templates/post.ftlh:1:13"), "and where it was hit");

                Files.writeString(template, good + "<!-- fixed -->\n");
                String fixed = afterReload(in, session.port(), body -> !body.contains("reckon-error"));
                assertTrue(fixed.contains("<!-- fixed -->"), "the fixed template was used");
            }
        }
        assertTrue(log.stream().anyMatch(line -> line.startsWith("rebuilt in")), String.join("\n", log));
        assertFalse(log.stream().anyMatch(line -> line.contains("internal error")), String.join("\n", log));
    }

    /**
     * Waits for reload events until the page satisfies {@code expected}: an editor's save may cause
     * more than one rebuild, so the first event need not be the last. The socket timeout bounds it.
     */
    private static String afterReload(InputStream events, int port, java.util.function.Predicate<String> expected)
            throws IOException {
        while (true) {
            assertTrue(Http.awaitLine(events, "event: reload"), "the event stream ended without a reload");
            String body = Http.get(port, "/blog/first/").body();
            if (expected.test(body)) {
                return body;
            }
        }
    }

    private static InputStream openEvents(Socket socket) throws IOException {
        socket.getOutputStream().write(("GET " + DevServer.EVENTS_PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        assertTrue(Http.awaitLine(in, ": connected"), "the stream opens before the edit is made");
        return in;
    }
}
