package dev.reckon.layout;

import dev.reckon.output.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages a build laid out, counted and, unless unlisted (404), in the sitemap in the order they
 * were added; written as {@code sitemap.xml} with the {@code robots.txt} that points crawlers at it.
 */
final class Sitemap {
    private final String baseUrl;
    private final List<String> urls = new ArrayList<>();
    private int pageCount;

    Sitemap(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Counts a written page and lists it; called in the order pages should be listed. */
    void add(String file, boolean listed) {
        pageCount++;
        if (listed) {
            urls.add(baseUrl + (file.endsWith("index.html") ? file.substring(0, file.length() - 10) : file));
        }
    }

    int pageCount() {
        return pageCount;
    }

    void write(SiteOutput out, Templates templates, Map<String, Object> site) {
        out.write("sitemap.xml", templates.renderFile("sitemap.ftlx", Map.of("site", site, "urls", urls)));
        out.write("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
