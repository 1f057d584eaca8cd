package dev.reckon.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Which JVM a command gets, from what its build will face. Each rule was measured on two cores
 * (BENCHMARKS.md names the sections):
 * <ul>
 * <li>Graal JIT ("Graal JIT"): KaTeX runs about ten times faster once compiled, but the compiler costs
 *     start-up, CPU and about 1 GB, so it pays only on a cold build of thousands of pages (1,000
 *     posts: 65 s with it, 48.5 s without; 5,000 posts: 153 s against 199 s). On for a build of at
 *     least {@link Overrides#JIT_MIN_PAGES} Markdown files whose formula cache holds fewer entries.</li>
 * <li>Warm build: the page cache covers three quarters of the Markdown files (not all: drafts,
 *     future posts and pages with warnings are never in it) and fewer than a quarter were edited
 *     since: it reads caches and writes files for seconds and never runs KaTeX.</li>
 * <li>Short JVM ("Short runs"): C1 alone for a warm build; C2 compiles for seconds what such a build
 *     runs once (warm 1,000 posts 3.35 to 2.7 s, no-op 0.47 to 0.38 s), but a KaTeX-heavy cold
 *     build needs C2 (1,000 posts cold: 57 s with it, 74 s without).</li>
 * <li>AOT cache ("Fast start: JDK AOT cache"): classes loaded and linked ahead of time make a warm
 *     build start faster (~2.9 to ~2.6 s) but a long cold build ~20 % slower: warm builds only.</li>
 * <li>Collector ("Collector"): serial for every command but {@code serve}, since it grows the heap
 *     only as the build needs (cold 1,000 posts: 418 instead of 733 MB, as fast); {@code serve}
 *     keeps G1 for short pauses, aiming at 20 % of time in GC to stay near its live set.</li>
 * </ul>
 */
public final class LaunchPolicy {
    private LaunchPolicy() {
    }

    /** The JVM for one command. */
    public record Choice(boolean jit, boolean quick, boolean aot, boolean serve, List<String> notes) {
    }

    public static Choice choose(String command, SiteFacts facts, Overrides overrides) {
        boolean build = "build".equals(command);
        List<String> notes = new ArrayList<>();
        boolean jit = switch (overrides.jit()) {
            case AUTO -> build && facts.markdownFiles() >= overrides.jitMinPages() && facts.mathCached() < facts.markdownFiles();
            case ON -> true;
            case OFF -> false;
        };
        boolean warm = build && !jit && facts.markdownFiles() > 0
                && 4L * facts.pagesCached() >= 3L * facts.markdownFiles()
                && 4L * facts.pagesEdited() < facts.markdownFiles();
        boolean quick = decide(overrides.quick(), warm);
        if (quick && jit) {
            // The Graal JIT is Java code itself: compiled by C1 alone it would warm up far slower.
            notes.add("the short JVM and the Graal JIT do not mix; running without the short JVM");
            quick = false;
        }
        boolean aot = decide(overrides.aot(), warm);
        return new Choice(jit, quick, aot, "serve".equals(command), List.copyOf(notes));
    }

    private static boolean decide(Overrides.Mode mode, boolean auto) {
        return mode == Overrides.Mode.AUTO ? auto : mode == Overrides.Mode.ON;
    }
}
