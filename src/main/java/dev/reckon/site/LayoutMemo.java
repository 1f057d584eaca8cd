package dev.reckon.site;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Laid-out post pages of a builder's last build, for {@code serve}: a post whose layout inputs are
 * all equal to last time (its front matter and rendered Markdown, its neighbours' front matter, the
 * site settings, and the templates folder) is not run through the template again. After an edit
 * that leaves one post and the lists to lay out, instead of every post.
 */
final class LayoutMemo {
    private record Entry(List<Object> inputs, byte[] bytes) {
    }

    private volatile Map<String, Entry> last = Map.of();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    void begin() {
        current.clear();
        reused.set(0);
    }

    /** The bytes laid out last time for {@code file} if {@code inputs} are equal, else freshly rendered. */
    byte[] layOut(String file, List<Object> inputs, Supplier<byte[]> render) {
        Entry previous = last.get(file);
        Entry entry;
        if (previous != null && previous.inputs().equals(inputs)) {
            entry = previous;
            reused.incrementAndGet();
        } else {
            entry = new Entry(inputs, render.get());
        }
        current.put(file, entry);
        return entry.bytes();
    }

    /** Only a finished build's layout is remembered; a failed one leaves the last good one in place. */
    void finish() {
        last = Map.copyOf(current);
        current.clear();
    }

    int reused() {
        return reused.get();
    }
}
