package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from a site's {@code content/} folder, before any rendering.
 *
 * @param home      the optional home-page intro ({@code content/_index.md}), or null
 * @param dataFiles the site's own data files ({@code content/data/*.yaml}), sorted
 * @param problems  everything found wrong while loading: errors (the page concerned is left out)
 *                  and warnings (unknown front-matter keys)
 */
public record SiteContent(
        SiteConfig config,
        List<Page> posts,
        List<Page> pages,
        Page home,
        List<Path> dataFiles,
        List<Diagnostic> problems) {
    public List<Diagnostic> errors() {
        return problems.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return problems.stream().filter(d -> !d.isError()).toList();
    }
}
