package dev.reckon.serve;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The author's loop: build, serve, and rebuild on every change. Each rebuild goes through the same
 * builder, whose page cache keeps unchanged pages' Markdown in memory, and writes through its
 * staging swap, so a failed build leaves the previous good output in place and only adds the overlay.
 */
public final class ServeSession implements AutoCloseable {
    /** One build of the site into the serve output; throws {@link ReckonException} on content errors. */
    public interface Build {
        void run() throws ReckonException;
    }

    private final Build build;
    private final DevServer server;
    private final SiteWatcher watcher;
    private final Consumer<String> log;

    public ServeSession(Path siteRoot, Path output, InetSocketAddress address, Build build, Consumer<String> log)
            throws IOException {
        this.build = build;
        this.log = log;
        this.server = new DevServer(output, address);
        this.watcher = new SiteWatcher(List.of(siteRoot.resolve("content"), siteRoot.resolve("templates")),
                this::rebuild);
    }

    /** Builds once (an error is shown, not fatal), then serves and watches. */
    public void start() {
        rebuild();
        server.start();
        watcher.start();
    }

    public int port() {
        return server.port();
    }

    DevServer server() {
        return server;
    }

    synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            build.run();
            server.buildSucceeded();
            log.accept("rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (ReckonException e) {
            server.buildFailed(e);
            log.accept(e.render() + "build failed; still serving the last good build");
        } catch (RuntimeException | Error e) {
            // A bug, an I/O failure or the JVM running out of stack or heap must not end the
            // watcher: show it, keep serving, try again on the next change.
            ReckonException shown = new ReckonException(Diagnostic.error(
                    "internal error: " + e, null, null, "please report this; the next change rebuilds again"));
            server.buildFailed(shown);
            log.accept(shown.render() + "build failed; still serving the last good build");
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
