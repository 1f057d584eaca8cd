package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from a site's {@code content/} folder, before any rendering.
 *
 * @param home      the optional home-page intro ({@code content/_index.md}), or null
 * @param dataFiles the site's own data files ({@code content/data/*.yaml}), sorted
 * @param warnings  problems that do not stop the build (unknown front-matter keys)
 */
public record SiteContent(
        SiteConfig config,
        List<Page> posts,
        List<Page> pages,
        Page home,
        List<Path> dataFiles,
        List<Diagnostic> warnings) {
}
