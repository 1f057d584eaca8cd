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
    private static final Set<String> KNOWN_KEYS = Set.of("title", "base_url", "author", "description",
            "language", "time_zone", "social", "licence", "posts_per_page", "menu");

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
            problems.add(Diagnostic.error("base_url must be an absolute http(s) URL, not '" + baseUrl + "'",
                    SourceSpan.of(display, 1, 1), null, "e.g. base_url: https://example.org/ or https://user.github.io/project/"));
            baseUrl = null;
        }
        List<SiteConfig.SocialLink> social = map.maps("social").stream()
                .map(m -> new SiteConfig.SocialLink(m.string("name", true), m.string("url", true)))
                .toList();
        String language = orDefault(map.string("language", false), "en");
        return new SiteConfig(
                orDefault(map.string("title", true), ""),
                baseUrl == null ? "http://localhost/" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"),
                orDefault(map.string("author", false), ""),
                orDefault(map.string("description", false), ""),
                Locale.forLanguageTag(language),
                zone(map.string("time_zone", false), display, problems),
                social,
                map.string("licence", false),
                positive(map.string("posts_per_page", false), display, problems),
                map.has("menu") ? map.words("menu") : null);
    }

    private static ZoneId zone(String text, String display, List<Diagnostic> problems) {
        if (text == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            problems.add(Diagnostic.error("unknown time zone '" + text + "'", SourceSpan.of(display, 1, 1), null,
                    "use a name such as UTC or Europe/Berlin"));
            return ZoneId.of("UTC");
        }
    }

    private static int positive(String text, String display, List<Diagnostic> problems) {
        if (text == null) {
            return 10;
        }
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(Diagnostic.error("posts_per_page must be a positive whole number, not '" + text + "'",
                SourceSpan.of(display, 1, 1), null, null));
        return 10;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
