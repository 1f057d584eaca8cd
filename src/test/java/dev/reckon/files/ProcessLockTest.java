package dev.reckon.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock builds of a site share: held by one process or thread at a time, never stale after a kill -9. */
class ProcessLockTest {
    @TempDir
    Path temp;

    /** Holds the lock on args[0] until killed (run as a separate process by the test). */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            ProcessLock.acquire(Path.of(args[0]), who -> { });
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsWaitedForAndFreedWhenThatProcessIsKilled() throws Exception {
        Path file = temp.resolve(".reckon/lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", lines.readLine());
            List<String> told = new CopyOnWriteArrayList<>();
            CompletableFuture<ProcessLock> waiter = CompletableFuture.supplyAsync(() -> acquire(file, told));
            while (told.isEmpty()) {
                Thread.sleep(5);
            }
            assertEquals(List.of("process " + holder.pid()), told, "the waiter is told who holds the lock");
            Thread.sleep(300);
            assertFalse(waiter.isDone(), "it waits while the holder lives");

            holder.destroyForcibly().waitFor(); // SIGKILL: no chance to release anything
            waiter.get(60, TimeUnit.SECONDS).close();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void threadsOfOneProcessTakeTurnsToo() throws Exception {
        Path file = temp.resolve("lock");
        List<String> told = new CopyOnWriteArrayList<>();
        ProcessLock first = ProcessLock.acquire(file, told::add);
        CompletableFuture<ProcessLock> second = CompletableFuture.supplyAsync(() -> acquire(file, told));
        while (told.isEmpty()) {
            Thread.sleep(5);
        }
        assertEquals(List.of("another thread of this process"), told);
        assertFalse(second.isDone());
        first.close();
        second.get(60, TimeUnit.SECONDS).close();
        assertThrows(IllegalStateException.class, () -> {
            try (ProcessLock held = ProcessLock.acquire(file, who -> { })) {
                ProcessLock.acquire(file, who -> { });
            }
        }, "a thread that takes a lock it holds would wait for itself");
    }

    private static ProcessLock acquire(Path file, List<String> told) {
        try {
            return ProcessLock.acquire(file, told::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
