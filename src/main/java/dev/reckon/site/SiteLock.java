package dev.reckon.site;

import dev.reckon.files.ProcessLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Keeps builds of one site from running at once — {@code build}, each rebuild of {@code serve} and
 * {@code check}'s build alike — through {@code .reckon/lock}, held for the whole build and released
 * by the operating system if the process dies. A second build waits, after saying so, rather than
 * failing: it then finds the first one's output and build stamp complete.
 *
 * <p>A site whose {@code .reckon/} cannot be written (a read-only checkout), or a file system that
 * offers no locks, builds unlocked, as before locks existed.
 */
final class SiteLock implements AutoCloseable {
    /** The lock file, relative to the site root; not a cache: deleting it while a build runs lets a second one start. */
    static final String FILE = ".reckon/lock";

    /** Null when the site builds unlocked. */
    private final ProcessLock lock;

    private SiteLock(ProcessLock lock) {
        this.lock = lock;
    }

    /** Takes the site's lock, telling {@code waiting} first if another build holds it. */
    static SiteLock acquire(Path root, Consumer<String> waiting) {
        try {
            return new SiteLock(ProcessLock.acquire(root.resolve(FILE),
                    holder -> waiting.accept("waiting for another build of this site to finish (" + holder + ")")));
        } catch (IOException e) {
            return new SiteLock(null);
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (IOException ignored) {
            // The process ending releases it anyway.
        }
    }
}
