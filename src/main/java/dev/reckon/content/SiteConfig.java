package dev.reckon.content;

import dev.reckon.diag.SourceSpan;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Site-wide settings from {@code content/site.yaml}.
 *
 * @param baseUrl          absolute URL of the site root, always ending in '/'; may include a subpath
 * @param figureSources    {@code figure_sources}: pages end with their "Figures and sources" section
 *                         unless their front matter says otherwise (default true)
 * @param staleAfterMonths {@code stale_after_months}: {@code reckon check} warns about a dated data
 *                         figure older than this (default 12)
 * @param citationStyle    how citations are written: {@code author-year} (default) or {@code numbered}
 * @param toc              whether pages show a table of contents unless their front matter says otherwise
 * @param menu             the standalone pages linked from the navigation, in order, by slug; null when
 *                         {@code menu:} is not set (then every standalone page is, by title)
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String author,
        String description,
        Locale locale,
        ZoneId timeZone,
        List<SocialLink> social,
        String licence,
        int postsPerPage,
        boolean figureSources,
        int staleAfterMonths,
        String citationStyle,
        boolean toc,
        List<Positioned> menu) {

    /** Whether {@code page} ends with its sources section: its front matter's say, else the site's. */
    public boolean figureSources(FrontMatter page) {
        return page == null || page.figureSources() == null ? figureSources : page.figureSources();
    }

    public record SocialLink(String name, String url) {
    }

    /** A word of the settings with where it was written, so it can be checked once the content is loaded. */
    public record Positioned(String text, SourceSpan span, String sourceLine) {
    }

    /** The path part of the base URL ("/" or "/project/"), prefixed to every site link. */
    public String basePath() {
        int schemeEnd = baseUrl.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : baseUrl.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : baseUrl.substring(pathStart);
    }
}
