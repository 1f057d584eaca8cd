package dev.reckon.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback; never the internet. */
class ExternalLinksTest {
    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> agents = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            requests.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
            agents.put(path, exchange.getRequestHeaders().getFirst("User-Agent"));
            int status = switch (path) {
                case "/ok" -> 200;
                case "/gone" -> 404;
                case "/no-head" -> method.equals("HEAD") ? 405 : 200;
                case "/broken" -> 503;
                case "/moved" -> 301;
                default -> 500;
            };
            if (status == 301) {
                exchange.getResponseHeaders().add("Location", "/ok");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PageFacts.LinkUse use(String path, int line) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        return new PageFacts.LinkUse(PageFacts.Kind.LINK, url, SourceSpan.of("content/posts/a.md", line, 1), url, null);
    }

    @Test
    void reportsDeadLinksOnceEachAddressIsRequestedOnce() {
        List<Diagnostic> problems = new ExternalLinks(Duration.ofSeconds(5)).check(List.of(
                use("/ok", 1), use("/ok#section", 2), use("/gone", 3), use("/no-head", 4), use("/broken", 5),
                use("/moved", 6), use("/gone", 7)));

        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertEquals(List.of(
                "error content/posts/a.md:3:1 external link answers 404: " + base + "/gone",
                "warning content/posts/a.md:5:1 external link answers 503: " + base + "/broken",
                "error content/posts/a.md:7:1 external link answers 404: " + base + "/gone"),
                problems.stream().map(d -> d.severity().label() + " " + d.span().location() + " " + d.message()).toList());
        assertEquals(2, requests.get("HEAD /ok").get(),
                "once for /ok (linked twice, the fragment dropped) and once as the target of /moved's redirect");
        assertEquals(1, requests.get("HEAD /gone").get(), "a dead address is requested once, not once per link");
        assertEquals(1, requests.get("GET /no-head").get(), "a refused HEAD falls back to GET");
        assertEquals(ExternalLinks.USER_AGENT, agents.get("/ok"));
    }

    @Test
    void anUnreachableHostIsAWarningNotAnError() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/x";
        List<Diagnostic> problems = new ExternalLinks(Duration.ofSeconds(5)).check(List.of(
                new PageFacts.LinkUse(PageFacts.Kind.LINK, url, SourceSpan.of("a.md", 1, 1), url, null)));
        assertEquals(1, problems.size());
        assertEquals(false, problems.get(0).isError());
    }
}
