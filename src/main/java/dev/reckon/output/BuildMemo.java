package dev.reckon.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a builder's last finished build kept, for its next build to reuse, and what the running
 * build keeps, which replaces it when that build finishes. The memory behind {@code serve}'s quick
 * rebuilds (pages, social images, layouts): anything the running build does not use again is
 * dropped, so memory follows the site. Safe for the parallel work of one build.
 */
public final class BuildMemo<V> {
    private volatile Map<String, V> last = Map.of();
    private final Map<String, V> current = new ConcurrentHashMap<>();

    /** Starts a build: forgets what an unfinished one kept. */
    public void begin() {
        current.clear();
    }

    /** What the last finished build kept for {@code key}, or null. */
    public V last(String key) {
        return last.get(key);
    }

    public void keep(String key, V value) {
        current.put(key, value);
    }

    /** Ends a build: what it kept is what the next one may reuse. */
    public void finish() {
        last = Map.copyOf(current);
        current.clear();
    }
}
