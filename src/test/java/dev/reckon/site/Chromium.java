package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.stream.Stream;

/**
 * Real headless Chromium (Debian's {@code chromium}, or {@code -Dreckon.chromium=PATH}) over a folder
 * served on loopback HTTP as a static host would serve it. Records every request that failed, and
 * reads what the browser logged to its console. Close it to stop the server.
 */
public final class Chromium implements AutoCloseable {
    /** The colour scheme the browser reports to pages ({@code prefers-color-scheme}). */
    public enum Scheme {
        LIGHT, DARK
    }

    private final Path work;
    private final HttpServer server;
    private final List<String> failedRequests = Collections.synchronizedList(new ArrayList<>());
    private final List<Path> logs = new ArrayList<>();

    /** @param work a folder for the browser's profile and logs */
    public Chromium(Path root, Path work) throws IOException {
        this.work = work;
        HttpHandler files = SimpleFileServer.createFileHandler(root.toAbsolutePath());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            files.handle(exchange);
            if (exchange.getResponseCode() >= 400) {
                failedRequests.add(exchange.getResponseCode() + " " + exchange.getRequestURI());
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The page's DOM once its scripts ran (within a virtual 15 s), with the window {@code width}×{@code height}. */
    public String dumpDom(String path, Scheme scheme, int width, int height) throws IOException, InterruptedException {
        byte[] dom = run(scheme, width, height, "--virtual-time-budget=15000", "--dump-dom", url(path));
        return new String(dom, StandardCharsets.UTF_8);
    }

    /** A PNG of the page's first {@code height} pixels at {@code width}: pass the page's full height for all of it. */
    public void screenshot(String path, Scheme scheme, int width, int height, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(scheme, width, height, "--virtual-time-budget=5000", "--screenshot=" + png.toAbsolutePath(), url(path));
    }

    private byte[] run(Scheme scheme, int width, int height, String... action) throws IOException, InterruptedException {
        String binary = System.getProperty("reckon.chromium", "chromium");
        Path log = work.resolve("chromium-" + logs.size() + ".log");
        logs.add(log);
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + work.resolve("chromium-profile"), "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--enable-logging=stderr", "--v=0"));
        if (scheme == Scheme.DARK) {
            command.add("--force-dark-mode");
        }
        command.addAll(List.of(action));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + binary + " (install Debian's chromium: apt-get install -y "
                    + "chromium, or point -Dreckon.chromium at a Chromium binary)", e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + read(log));
        return out;
    }

    /** Requests the server answered with an error status, e.g. {@code 404 /katex/fonts/x.woff2}. */
    public List<String> failedRequests() {
        return List.copyOf(failedRequests);
    }

    /** What the pages wrote to the console (errors, warnings, CSP reports), from every run so far. */
    public List<String> consoleMessages() {
        return logs.stream().flatMap(log -> read(log).lines()).filter(line -> line.contains(":CONSOLE")).toList();
    }

    private static String read(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return String.join("\n", lines.toList());
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
