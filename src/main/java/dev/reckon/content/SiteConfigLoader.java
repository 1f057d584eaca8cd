package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import dev.reckon.yaml.YamlSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code content/site.yaml}. */
final class SiteConfigLoader {
    /** The same key as {@code data.Staleness.SITE_KEY} (content does not depend on data). */
    static final String STALE_AFTER_MONTHS = "stale_after_months";
    static final int DEFAULT_STALE_AFTER_MONTHS = 12;
    private static final Set<String> KNOWN_KEYS = Set.of("title", "base_url", "author", "description",
            "language", "time_zone", "social", "licence", "posts_per_page", "figure_sources", STALE_AFTER_MONTHS,
            "citation_style", "toc", "menu");
    private static final Set<String> CITATION_STYLES = Set.of("author-year", "numbered");
    private static final int DEFAULT_POSTS_PER_PAGE = 10;

    private SiteConfigLoader() {
    }

    static SiteConfig load(Path file, String display, List<Diagnostic> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error("missing site settings " + display, SourceSpan.of(display, 1, 1), null,
                    "create it with at least 'title:' and 'base_url:'"));
            return null;
        }
        SourceFile source;
        try {
            source = SourceFile.read(file, display);
        } catch (ReckonException e) {
            problems.addAll(e.diagnostics());
            return null;
        }
        YamlMap map = YamlMap.read(YamlSource.of(display, source.text()), problems).orElse(null);
        if (map == null) {
            return null;
        }
        map.warnUnknownKeys(KNOWN_KEYS);
        String baseUrl = map.string("base_url", true);
        if (baseUrl != null && !baseUrl.matches("https?://[^/\\s]+(/\\S*)?")) {
            map.reportAt("base_url", "base_url must be an absolute http(s) URL, not '" + baseUrl + "'",
                    "e.g. base_url: https://example.org/ or https://user.github.io/project/");
            baseUrl = null;
        }
        List<SiteConfig.SocialLink> social = map.maps("social").stream()
                .map(m -> new SiteConfig.SocialLink(m.string("name", true), m.string("url", true)))
                .filter(link -> link.name() != null && link.url() != null) // reported; the rest of the build goes on
                .toList();
        String language = orDefault(map.string("language", false), "en");
        return new SiteConfig(
                orDefault(map.string("title", true), ""),
                baseUrl == null ? "http://localhost/" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"),
                orDefault(map.string("author", false), ""),
                orDefault(map.string("description", false), ""),
                Locale.forLanguageTag(language),
                zone(map),
                social,
                map.string("licence", false),
                map.positiveInt("posts_per_page", DEFAULT_POSTS_PER_PAGE),
                map.bool("figure_sources", true),
                map.positiveInt(STALE_AFTER_MONTHS, DEFAULT_STALE_AFTER_MONTHS),
                citationStyle(map),
                map.bool("toc", false),
                map.has("menu") ? map.words("menu") : null);
    }

    private static ZoneId zone(YamlMap map) {
        String text = map.string("time_zone", false);
        if (text == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            map.reportAt("time_zone", "unknown time zone '" + text + "'", "use a name such as UTC or Europe/Berlin");
            return ZoneId.of("UTC");
        }
    }

    private static String citationStyle(YamlMap map) {
        String text = map.string("citation_style", false);
        if (text == null || CITATION_STYLES.contains(text)) {
            return text == null ? "author-year" : text;
        }
        map.reportAt("citation_style", "citation_style must be author-year or numbered, not '" + text + "'",
                "author-year cites (Kaplan et al., 2020); numbered cites [1]");
        return "author-year";
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
