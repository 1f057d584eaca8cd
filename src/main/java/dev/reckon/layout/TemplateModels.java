package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.content.SiteConfig;
import dev.reckon.content.Slugs;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data model the templates see: plain maps, lists and strings (never Java objects), with the
 * rendered Markdown as HTML markup so auto-escaping leaves it alone and escapes everything else.
 */
final class TemplateModels {
    private static final int WORDS_PER_MINUTE = 220;
    /** The file name of a drawn social image, beside its post (and at the root for the site). */
    static final String SOCIAL_IMAGE = "og.png";
    private final SiteConfig config;
    private final DateTimeFormatter longDate;

    TemplateModels(SiteConfig config) {
        this.config = config;
        this.longDate = DateTimeFormatter.ofPattern("MMMM d, yyyy", config.locale());
    }

    /** @param menu the standalone pages the navigation links, in order */
    Map<String, Object> site(int year, List<Page> menu) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", config.title());
        site.put("url", config.baseUrl());
        site.put("base", config.basePath());
        site.put("author", config.author());
        site.put("description", config.description());
        site.put("language", config.locale().toLanguageTag());
        site.put("licence", config.licence() == null ? "" : config.licence());
        site.put("year", year);
        List<Map<String, Object>> social = new ArrayList<>();
        for (SiteConfig.SocialLink link : config.social()) {
            social.add(Map.of("name", link.name(), "url", link.url()));
        }
        site.put("social", social);
        site.put("menu", menu.stream()
                .map(page -> Map.of("name", page.meta().title(), "path", config.basePath() + page.urlPath()))
                .toList());
        return site;
    }

    /** The summary of a page used in lists (index, tags) and as previous/next links. */
    Map<String, Object> summary(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", page.meta().title());
        model.put("description", page.meta().description() == null ? "" : page.meta().description());
        model.put("path", config.basePath() + page.urlPath());
        model.put("url", config.baseUrl() + page.urlPath());
        putDate(model, "date", page.meta().date());
        putDate(model, "updated", page.meta().updated());
        model.put("tags", page.meta().tags());
        model.put("tagLinks", page.meta().tags().stream()
                .map(tag -> Map.of("name", tag, "path", config.basePath() + "tags/" + tagSlug(tag) + "/"))
                .toList());
        model.put("image", imageUrl(page));
        model.put("imageDrawn", page.meta().image() == null);
        return model;
    }

    Map<String, Object> page(RenderedPage rendered, Page previous, Page next) {
        Map<String, Object> model = summary(rendered.page());
        model.put("content", markup(rendered.markdown().html()));
        model.put("hasMath", rendered.markdown().hasMath());
        model.put("mathFonts", rendered.markdown().mathFonts());
        model.put("readingMinutes", readingMinutes(rendered.markdown().words()));
        Boolean toc = rendered.page().meta().toc();
        if (toc != null ? toc : config.toc()) {
            List<Map<String, Object>> entries = Toc.of(rendered.markdown().html());
            if (!entries.isEmpty()) {
                model.put("toc", entries);
            }
        }
        model.put("kind", rendered.page().kind().name().toLowerCase(Locale.ROOT));
        if (rendered.page().kind() == Page.Kind.POST) {
            model.put("jsonLd", markup(StructuredData.blogPosting(config, rendered.page(), (String) model.get("url"),
                    (String) model.get("image"))));
        }
        if (previous != null) {
            model.put("previous", summary(previous));
        }
        if (next != null) {
            model.put("next", summary(next));
        }
        return model;
    }

    /** Reading time at 220 words a minute, at least one minute. */
    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
    }

    /** The page's social image: the front matter's, else the one drawn for the post, else the site's. */
    String imageUrl(Page page) {
        if (page.meta().image() != null) {
            return absolute(page, page.meta().image());
        }
        return config.baseUrl() + (page.kind() == Page.Kind.POST ? page.urlPath() : "") + SOCIAL_IMAGE;
    }

    /** Images in front matter may be absolute URLs, site paths, or files beside the page. */
    private String absolute(Page page, String image) {
        if (image.matches("https?://.*")) {
            return image;
        }
        if (image.startsWith("/")) {
            return config.baseUrl() + image.substring(1);
        }
        return config.baseUrl() + page.urlPath() + image;
    }

    private void putDate(Map<String, Object> model, String key, LocalDate date) {
        if (date != null) {
            model.put(key, longDate.format(date));
            model.put(key + "Iso", date.toString());
        }
    }

    /** Tags become URL segments: lowercase letters, digits and dashes only, so no tag can leave its folder. */
    static String tagSlug(String tag) {
        String slug = tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        // A tag named like a Windows device (con, nul, …) would make the site uncopyable there.
        return slug.isEmpty() ? "tag" : Slugs.isDeviceName(slug) ? slug + "-tag" : slug;
    }

    static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
