package dev.reckon.output;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Laid-out pages of a builder's last build, for {@code serve}: a page whose layout inputs are all
 * equal to last time (for a post: its front matter and rendered Markdown, its neighbours' front
 * matter, the site settings and the templates folder; for a list: its model) is not run through the
 * template again. After a body edit that leaves one post to lay out, instead of every page.
 */
public final class LayoutMemo {
    private record Entry(List<Object> inputs, byte[] bytes) {
    }

    private final BuildMemo<Entry> entries = new BuildMemo<>();
    private final Set<String> laidOut = ConcurrentHashMap.newKeySet();

    public void begin() {
        entries.begin();
        laidOut.clear();
    }

    /** The bytes laid out last time for {@code file} if {@code inputs} are equal, else freshly rendered. */
    public byte[] layOut(String file, List<Object> inputs, Supplier<byte[]> render) {
        Entry previous = entries.last(file);
        Entry entry;
        if (previous != null && previous.inputs().equals(inputs)) {
            entry = previous;
        } else {
            entry = new Entry(inputs, render.get());
            laidOut.add(file);
        }
        entries.keep(file, entry);
        return entry.bytes();
    }

    /** Only a finished build's layout is remembered; a failed one leaves the last good one in place. */
    public void finish() {
        entries.finish();
    }

    /** The files the last build laid out afresh (for tests and timings). */
    public Set<String> laidOut() {
        return Set.copyOf(laidOut);
    }
}
