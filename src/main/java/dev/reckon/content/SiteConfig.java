package dev.reckon.content;

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
        boolean toc) {

    /** Whether {@code page} ends with its sources section: its front matter's say, else the site's. */
    public boolean figureSources(FrontMatter page) {
        return page == null || page.figureSources() == null ? figureSources : page.figureSources();
    }

    public record SocialLink(String name, String url) {
    }

    /** The path part of the base URL ("/" or "/project/"), prefixed to every site link. */
    public String basePath() {
        int schemeEnd = baseUrl.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : baseUrl.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : baseUrl.substring(pathStart);
    }
}
