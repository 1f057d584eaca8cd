package dev.reckon.content;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Site-wide settings from {@code content/site.yaml}.
 *
 * @param baseUrl        absolute URL of the site root, always ending in '/'; may include a subpath
 * @param citationStyle  how citations are written: {@code author-year} (default) or {@code numbered}
 * @param toc            whether pages show a table of contents unless their front matter says otherwise
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
        String citationStyle,
        boolean toc) {

    public record SocialLink(String name, String url) {
    }

    /** The path part of the base URL ("/" or "/project/"), prefixed to every site link. */
    public String basePath() {
        int schemeEnd = baseUrl.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : baseUrl.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : baseUrl.substring(pathStart);
    }
}
