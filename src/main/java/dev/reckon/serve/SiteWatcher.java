package dev.reckon.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders (recursively: WatchService only sees one level) and runs a callback once
 * per burst of changes. Editors save with several events (write, rename, touch), so events arriving
 * within the debounce window are folded into one rebuild.
 */
public final class SiteWatcher implements AutoCloseable {
    private static final long DEBOUNCE_MS = 20;

    private final WatchService watch;
    private final Runnable onChange;
    private final Thread thread;

    public SiteWatcher(List<Path> roots, Runnable onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = Thread.ofPlatform().daemon().name("reckon-watch").unstarted(this::loop);
    }

    public void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                drain(key);
                // Fold the rest of the burst into this rebuild.
                WatchKey more;
                while ((more = watch.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the server is shutting down
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created); // a new bundle folder must be watched too
                    } catch (IOException vanished) {
                        // deleted again before we looked; the next event will tell
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
