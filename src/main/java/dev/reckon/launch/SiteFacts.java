package dev.reckon.launch;

import dev.reckon.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What a build of a site faces, as far as start-up is concerned: how many Markdown files, and how
 * much of them the caches already cover.
 *
 * @param markdownFiles Markdown files under {@code content/}
 * @param mathCached    entries in the formula cache (a cold build of a big site has far fewer than files)
 * @param pagesCached   page-cache entries this Reckon can reuse
 * @param pagesEdited   Markdown files edited since the last build
 */
public record SiteFacts(int markdownFiles, int mathCached, int pagesCached, int pagesEdited) {
    /** Counting stops here: beyond it, the choices no longer change. */
    static final int MAX_FILES = 100_000;

    /**
     * Counts on disk, for a build with no hint from an earlier one. Page-cache entries count only
     * when newer than Reckon's code: every hit refreshes an entry's time, and entries of an older
     * jar are keyed by its code, so after an upgrade they are misses and the build is cold.
     */
    public static SiteFacts scan(Path site, FileTime codeTime) {
        int pages = count(site.resolve("content"), MAX_FILES, f -> f.getFileName().toString().endsWith(".md"));
        int math = count(site.resolve(SiteBuilder.MATH_CACHE), pages + 1, f -> true);
        int cached = count(site.resolve(SiteBuilder.PAGE_CACHE), pages + 1, f -> newer(f, codeTime));
        int edited = 0;
        Path stamp = site.resolve(SiteBuilder.BUILD_STAMP);
        if (Files.isRegularFile(stamp)) {
            FileTime built = time(stamp);
            edited = count(site.resolve("content"), pages / 4 + 1,
                    f -> f.getFileName().toString().endsWith(".md") && newer(f, built));
        }
        return new SiteFacts(pages, math, cached, edited);
    }

    /**
     * What the next build will face after a build that succeeded: every formula is in the cache, and
     * every page it rendered or reused is in the page cache except those with warnings (never
     * cached; at most one per warning) and the drafts and future posts it skipped.
     */
    public static SiteFacts afterBuild(int markdownRendered, int markdownUnchanged, int skipped, int warnings) {
        int files = markdownRendered + markdownUnchanged + skipped;
        return new SiteFacts(files, files, Math.max(0, markdownRendered + markdownUnchanged - warnings), 0);
    }

    private static int count(Path dir, int limit, Predicate<Path> include) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return (int) walk.filter(Files::isRegularFile).filter(include).limit(limit).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // an unreadable cache is an empty one
        }
    }

    private static boolean newer(Path file, FileTime than) {
        return time(file).compareTo(than) > 0;
    }

    private static FileTime time(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
