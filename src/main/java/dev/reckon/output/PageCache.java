package dev.reckon.output;

import dev.reckon.content.Page;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.files.DiskCache;
import dev.reckon.files.Sha256;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rendered Markdown of unchanged pages, so a build re-renders only the pages whose source or
 * dependencies changed. A page's entry is keyed by its file name, its text, and what every page's
 * rendering can read (the caller says what: Reckon's code with the bundled data set, KaTeX's and
 * Prism's fingerprints, {@code site.yaml}). What only some pages read is stored with the entry
 * instead: each name the page's directives looked up in the data set, with a fingerprint of the
 * answer (the record and the records its figures use, or its absence). An entry is reused only if
 * every such fingerprint is still the same, so editing a data file re-renders exactly the pages
 * that read what changed.
 * Layout (lists, feeds, tags) always runs, and is cheap.
 *
 * <p>Entries live on disk under {@link #DIR}, with the disk cache's guarantees (atomic writes, a
 * checksum, a damaged entry is a miss), and for a live builder also in memory, so {@code serve}
 * keeps them between rebuilds. Only pages that rendered without any problem are kept, so
 * warnings are reported on every build, never silently dropped by a cache hit.
 */
public final class PageCache {
    /** The rendered pages kept between builds, relative to the site root; safe to delete. */
    public static final String DIR = ".reckon/cache/pages";
    /**
     * As large as the formula cache: a page with ten formulas is ~60 KB of KaTeX HTML, so 10,000 posts
     * need ~550 MB, and a bound below the site's size makes every warm build re-render the pages evicted.
     */
    private static final long MAX_BYTES = DiskCache.DEFAULT_MAX_BYTES;

    /** Reused across builds of one builder: the entries the last build used (kept only when remembering). */
    private final BuildMemo<RenderedMarkdown> memo = new BuildMemo<>();

    /** One build's view: what it may reuse, and what it used. */
    public final class Session {
        private final DiskCache disk;
        private final Function<String, String> currentFingerprint;
        /** Keep this build's pages for the next build of the same builder; not for one-shot builds. */
        private final boolean remember;
        private final AtomicInteger reused = new AtomicInteger();

        private Session(DiskCache disk, Function<String, String> currentFingerprint, boolean remember) {
            this.disk = disk;
            this.currentFingerprint = currentFingerprint;
            this.remember = remember;
            memo.begin();
        }

        /**
         * The page's Markdown as last rendered, if nothing it read has changed since; else {@code render}'s.
         *
         * @param figureSources whether the page is rendered with its sources section (front matter may say no)
         */
        public RenderedMarkdown render(Page page, boolean figureSources, Supplier<RenderedMarkdown> render) {
            // The front matter's bibliography files decide what the page's citations mean, so they are part of the key.
            String bibliography = page.meta() == null ? "" : String.join("\n", page.meta().bibliography());
            String input = page.source().displayPath() + "\0" + page.bodyFirstLine() + (figureSources ? "" : "\0no sources")
                    + "\0" + bibliography + "\0" + page.body();
            String key = disk.address(input);
            RenderedMarkdown cached = memo.last(key);
            if (cached == null) {
                cached = disk.getText(input).map(PageCache::decode).orElse(null);
            }
            if (cached != null && stillCurrent(cached)) {
                reused.incrementAndGet();
                remember(key, cached);
                return cached;
            }
            RenderedMarkdown fresh = render.get();
            if (fresh.problems().isEmpty()) {
                disk.putText(input, encode(fresh));
                remember(key, fresh);
            }
            return fresh;
        }

        private void remember(String key, RenderedMarkdown page) {
            if (remember) {
                memo.keep(key, page);
            }
        }

        private boolean stillCurrent(RenderedMarkdown page) {
            return page.dependencies().entrySet().stream()
                    .allMatch(d -> d.getValue().equals(currentFingerprint.apply(d.getKey())));
        }

        public int reused() {
            return reused.get();
        }

        /** Keeps this build's pages in memory for the next build, and bounds the disk folder. */
        public void finish() {
            memo.finish();
            disk.trim();
        }
    }

    /**
     * @param everyPageReads     what every page's rendering reads, as text: a change to it is a miss for every page
     * @param currentFingerprint this build's fingerprint of a page dependency (null when unknown)
     * @param remember           keep this build's pages in memory for the next build (serve); a
     *                           one-shot build keeps none, so no page outlives its layout
     */
    public Session begin(Path root, String everyPageReads, Function<String, String> currentFingerprint,
            boolean remember) {
        return new Session(new DiskCache(root.resolve(DIR), Sha256.hex(everyPageReads), MAX_BYTES),
                currentFingerprint, remember);
    }

    /**
 * Header lines (math flag with the math's fonts, words, dependency count, one "key\tfingerprint"
     * line each, the page's figures as {@link FigureLines}), then the HTML.
     */
    private static String encode(RenderedMarkdown page) {
        StringBuilder out = new StringBuilder();
        out.append(page.hasMath() ? "math " + String.join(" ", page.mathFonts()) : "plain").append('\n')
                .append(page.words()).append('\n').append(page.dependencies().size()).append('\n');
        page.dependencies().forEach((key, fingerprint) -> out.append(key).append('\t').append(fingerprint).append('\n'));
        FigureLines.write(page.figures(), out);
        return out.append(page.html()).toString();
    }

    /** The stored page, or null (a miss) for an entry this code cannot read. */
    private static RenderedMarkdown decode(String stored) {
        try {
            return decodeOrThrow(stored);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static RenderedMarkdown decodeOrThrow(String stored) {
        String[] head = stored.split("\n", 4);
        List<String> math = List.of(head[0].strip().split(" "));
        int words = Integer.parseInt(head[1]);
        int count = Integer.parseInt(head[2]);
        String rest = head[3];
        SortedMap<String, String> dependencies = new TreeMap<>();
        int at = 0; // walks the dependency lines, so the HTML after them is copied once
        for (int i = 0; i < count; i++) {
            int tab = rest.indexOf('\t', at);
            int end = rest.indexOf('\n', tab);
            dependencies.put(rest.substring(at, tab), rest.substring(tab + 1, end));
            at = end + 1;
        }
        FigureLines.Read figures = FigureLines.read(rest, at);
        return new RenderedMarkdown(rest.substring(figures.end()), math.get(0).equals("math"), math.subList(1, math.size()),
                List.of(), words, dependencies, figures.figures());
    }
}
