package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.content.SiteContent;
import dev.reckon.highlight.PrismHighlighter;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.math.DiskMathCache;
import dev.reckon.math.KatexRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Rendered Markdown of unchanged pages, so a build re-renders only the pages whose source or
 * dependencies changed. A page's entry is keyed by its file name, its text, and everything else
 * its rendering can read: Reckon's code (with the bundled data set), KaTeX's and Prism's
 * fingerprints, {@code site.yaml} and every site data file. Editing one data file therefore
 * re-renders every page (a page's directives may read any record), while editing a post
 * re-renders that post alone; layout (lists, feeds, tags) always runs, and is cheap.
 *
 * <p>Entries live in memory for the life of the builder (so {@code serve} keeps them between
 * rebuilds) and on disk under {@link #DIR}, with the disk cache's guarantees: atomic writes, a
 * checksum, a damaged entry is a miss. Only pages that rendered without any problem are kept, so
 * warnings are reported on every build, never silently dropped by a cache hit.
 */
final class PageCache {
    static final String DIR = ".reckon/cache/pages";
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    /** Reused across builds of one builder: the entries the last build used. */
    private volatile Map<String, RenderedMarkdown> recent = Map.of();

    /** One build's view: what it may reuse, and what it used. */
    final class Session {
        private final DiskMathCache disk;
        private final Map<String, RenderedMarkdown> used = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        private Session(DiskMathCache disk) {
            this.disk = disk;
        }

        RenderedMarkdown render(Page page, Supplier<RenderedMarkdown> render) {
            String input = page.source().displayPath() + "\0" + page.bodyFirstLine() + "\0" + page.body();
            String key = disk.key(input, false);
            RenderedMarkdown cached = recent.get(key);
            if (cached == null) {
                cached = disk.get(input, false).map(PageCache::decode).orElse(null);
            }
            if (cached != null) {
                reused.incrementAndGet();
                used.put(key, cached);
                return cached;
            }
            RenderedMarkdown fresh = render.get();
            if (fresh.problems().isEmpty()) {
                disk.put(input, false, encode(fresh));
                used.put(key, fresh);
            }
            return fresh;
        }

        int reused() {
            return reused.get();
        }

        /** Keeps this build's pages in memory for the next build, and bounds the disk folder. */
        void finish() {
            recent = Map.copyOf(used);
            disk.trim();
        }
    }

    Session begin(Path root, SiteContent content) {
        String dependencies = String.join("\n", dependencies(root, content));
        return new Session(new DiskMathCache(root.resolve(DIR), DiskMathCache.sha256(dependencies), MAX_BYTES));
    }

    private static List<String> dependencies(Path root, SiteContent content) {
        List<String> parts = new ArrayList<>();
        parts.add("code " + BuildStamp.codeIdentity());
        parts.add("katex " + KatexRenderer.fingerprint());
        parts.add("prism " + PrismHighlighter.fingerprint());
        List<Path> files = new ArrayList<>(content.dataFiles());
        files.add(0, root.resolve("content/site.yaml"));
        for (Path file : files) {
            parts.add("file " + root.relativize(file).toString().replace('\\', '/') + " " + digest(file));
        }
        return parts;
    }

    private static String digest(Path file) {
        try {
            return DiskMathCache.sha256(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String encode(RenderedMarkdown page) {
        return (page.hasMath() ? "math" : "plain") + "\n" + page.words() + "\n" + page.html();
    }

    private static RenderedMarkdown decode(String stored) {
        int a = stored.indexOf('\n');
        int b = stored.indexOf('\n', a + 1);
        return new RenderedMarkdown(stored.substring(b + 1), stored.substring(0, a).equals("math"), List.of(),
                Integer.parseInt(stored.substring(a + 1, b)));
    }
}
