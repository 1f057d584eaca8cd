package dev.reckon.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from disk for previewing, with live reload over Server-Sent Events. The
 * reload script and the error overlay are added to HTML responses as they are sent, never written
 * into files, so what is on disk is exactly what {@code build} would publish.
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS_PATH = "/__reckon/events";
    private static final int MAX_URI = 2048;
    private static final String RELOAD_SCRIPT = "<script>new EventSource(\"" + EVENTS_PATH
            + "\").addEventListener(\"reload\",function(){location.reload()});</script>";

    private final HttpServer http;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final StaticFiles files;
    private final HostCheck hosts;
    private final CopyOnWriteArrayList<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String error;
    /** Told the raw path of every request; lets a browser test see the reload happen. */
    volatile java.util.function.Consumer<String> requestSeen = path -> { };

    public DevServer(Path output, InetSocketAddress address) throws IOException {
        this.files = new StaticFiles(output);
        this.hosts = new HostCheck(address.getHostString());
        this.http = HttpServer.create(address, 0);
        http.createContext("/", this::handle);
        http.setExecutor(threads);
    }

    public void start() {
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Records the outcome of a rebuild and tells open pages to reload. */
    public void buildSucceeded() {
        error = null;
        broadcast("reload");
    }

    public void buildFailed(ReckonException e) {
        error = e.render();
        broadcast("reload");
    }

    private void broadcast(String event) {
        byte[] message = ("event: " + event + "\ndata: \n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                synchronized (listener) {
                    listener.write(message);
                    listener.flush();
                }
            } catch (IOException closedTab) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            requestSeen.accept(rawPath);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
                return;
            }
            if (exchange.getRequestURI().toString().length() > MAX_URI || rawPath == null
                    || !"0".equals(exchange.getRequestHeaders().getOrDefault("Content-Length", java.util.List.of("0")).getFirst())
                    || exchange.getRequestHeaders().containsKey("Transfer-Encoding")) {
                sendText(exchange, 400, "bad request");
                return;
            }
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                // 421 Misdirected Request: this server is not the one that name should reach.
                sendText(exchange, 421, "this preview server answers only localhost, IP addresses and its --bind name");
                return;
            }
            if (rawPath.equals(EVENTS_PATH)) {
                streamEvents(exchange);
                return;
            }
            Optional<Path> file;
            try {
                file = files.resolve(rawPath);
            } catch (IllegalArgumentException e) {
                sendText(exchange, 400, "bad request");
                return;
            }
            if (file.isPresent()) {
                sendFile(exchange, 200, file.get());
            } else {
                Optional<Path> notFound = files.notFoundPage();
                if (notFound.isPresent()) {
                    sendFile(exchange, 404, notFound.get());
                } else {
                    // No build has succeeded yet (or the theme has no 404 page): still an HTML page,
                    // so the overlay and the reload script reach the browser.
                    sendHtml(exchange, 404, decorate("<!doctype html><html><body><p>Not found.</p></body></html>"));
                }
            }
        }
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
        // Hold the connection (on a virtual thread) until the browser goes away; a periodic comment
        // is how a closed tab is noticed, since SSE has no client-to-server traffic.
        try {
            while (listeners.contains(body)) {
                Thread.sleep(15_000);
                synchronized (body) {
                    body.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            }
        } catch (IOException | InterruptedException gone) {
            listeners.remove(body);
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = StaticFiles.contentType(file);
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            sendHtml(exchange, status, decorate(new String(body, StandardCharsets.UTF_8)));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, body);
    }

    /** Adds the reload script, and the overlay while the last build failed, before {@code </body>}. */
    private String decorate(String html) {
        String failed = error;
        String extra = (failed == null ? "" : overlay(failed)) + RELOAD_SCRIPT;
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
    }

    static String overlay(String rendered) {
        // 'all:initial' on every element: the theme's rules for div, p and pre (backgrounds, borders,
        // colours per colour scheme) must not reach the overlay, or its text can vanish.
        return "<div id=\"reckon-error\" style=\"all:initial;display:block;position:fixed;inset:0;z-index:2147483647;"
                + "overflow:auto;background:#141414;color:#f5f5f5;padding:2rem;font:14px/1.5 monospace;color-scheme:dark\">"
                + "<p style=\"all:initial;display:block;color:#ff7b72;font:bold 14px/1.5 monospace;margin:0 0 1em\">"
                + "Build failed; showing the last good build.</p>"
                + "<pre style=\"all:initial;display:block;white-space:pre-wrap;color:#f5f5f5;background:#141414;"
                + "font:14px/1.5 monospace\">" + escape(rendered) + "</pre></div>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
