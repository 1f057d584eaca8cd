package dev.reckon.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * An exclusive lock on a file ({@link FileChannel#lock}), held until {@link #close()} and released by
 * the operating system when the process dies, {@code kill -9} included: a lock is never stale, and
 * whether it is held says whether its owner is alive.
 *
 * <p>File locks belong to a process, so threads of one JVM are excluded by a lock per path as well;
 * and while this JVM holds a lock it never opens the file again, because on POSIX systems closing
 * any channel to a file drops every lock the process holds on it. The holder writes its process id
 * into the file, for the message a waiter shows. A lock file deleted while held (someone removed the
 * folder holding it) no longer excludes anyone: the next process creates and locks a new one.
 */
public final class ProcessLock implements AutoCloseable {
    /** One permit per lock file, for the threads of this JVM (not tied to a thread: a lock may be closed by another). */
    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    /** Which thread took each lock held here, so a thread asking again fails instead of waiting for itself. */
    private static final ConcurrentHashMap<Path, Thread> TAKEN_BY = new ConcurrentHashMap<>();

    private final Path key;
    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(Path key, Semaphore local, FileChannel channel, FileLock lock) {
        this.key = key;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file} (created if missing), waiting as long as another process or
     * thread holds it; {@code waiting} is told once, before the wait, who holds it ("process 1234").
     */
    public static ProcessLock acquire(Path file, Consumer<String> waiting) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Semaphore local = IN_THIS_JVM.computeIfAbsent(key, k -> new Semaphore(1));
        if (TAKEN_BY.get(key) == Thread.currentThread()) {
            throw new IllegalStateException("this thread already holds " + key);
        }
        if (!local.tryAcquire()) {
            waiting.accept("another thread of this process");
            local.acquireUninterruptibly();
        }
        TAKEN_BY.put(key, Thread.currentThread());
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.accept(holder(channel));
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new ProcessLock(key, local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            release(key, local);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            release(key, local);
        }
    }

    private static void release(Path key, Semaphore local) {
        TAKEN_BY.remove(key);
        local.release();
    }

    /** Who holds the lock ("process 1234"), as its file says; read through the waiter's own channel. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            int n = channel.read(buffer, 0);
            String text = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return text.matches("pid [0-9]+") ? "process " + text.substring(4) : "another process";
        } catch (IOException e) {
            return "another process";
        }
    }
}
