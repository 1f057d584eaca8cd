package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.content.Slugs;
import dev.reckon.output.SiteOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The pages that list posts: home (the newest five), the paginated blog index, a page per tag and the tags index. */
final class ListPages {
    private static final int ON_HOME = 5;
    private final PageWriter writer;
    /** Newest first. */
    private final List<Page> posts;
    /** The posts' summaries, in post order. */
    private final List<Map<String, Object>> summaries;

    ListPages(PageWriter writer, List<Page> posts, List<Map<String, Object>> summaries) {
        this.writer = writer;
        this.posts = posts;
        this.summaries = summaries;
    }

    /** @param home the home page's own content ({@code content/_index.md}), or null */
    void writeHome(SiteOutput out, RenderedPage home) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", writer.config.title());
        page.put("description", writer.config.description());
        page.put("path", writer.config.basePath());
        page.put("url", writer.config.baseUrl());
        page.put("image", writer.config.baseUrl() + TemplateModels.SOCIAL_IMAGE);
        page.put("imageDrawn", true);
        boolean math = false;
        if (home != null) {
            page.putAll(writer.models.page(home, null, null));
            page.put("title", home.page().meta().title());
            math = home.markdown().hasMath();
        }
        page.put("hasMath", math);
        Map<String, Object> model = writer.model(page);
        model.put("posts", summaries.subList(0, Math.min(ON_HOME, summaries.size())));
        writer.write(out, "index.html", "home.ftlh", model, true);
    }

    void writeBlogIndex(SiteOutput out) {
        int size = writer.config.postsPerPage();
        int pageTotal = Math.max(1, (summaries.size() + size - 1) / size);
        for (int n = 1; n <= pageTotal; n++) {
            String path = n == 1 ? "blog/" : "blog/page/" + n + "/";
            Map<String, Object> model = writer.model(writer.listPage("Blog", path));
            model.put("posts", summaries.subList((n - 1) * size, Math.min(n * size, summaries.size())));
            Map<String, Object> pager = new HashMap<>();
            pager.put("number", n);
            pager.put("total", pageTotal);
            if (n > 1) {
                pager.put("newer", writer.config.basePath() + (n == 2 ? "blog/" : "blog/page/" + (n - 1) + "/"));
            }
            if (n < pageTotal) {
                pager.put("older", writer.config.basePath() + "blog/page/" + (n + 1) + "/");
            }
            model.put("pager", pager);
            writer.write(out, path + "index.html", "blog.ftlh", model, true);
        }
    }

    void writeTags(SiteOutput out) {
        TreeMap<String, List<Map<String, Object>>> byTag = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            for (String tag : posts.get(i).meta().tags()) {
                String slug = tagSlug(tag);
                labels.putIfAbsent(slug, tag);
                byTag.computeIfAbsent(slug, k -> new ArrayList<>()).add(summaries.get(i));
            }
        }
        List<Map<String, Object>> tags = new ArrayList<>();
        for (var entry : byTag.entrySet()) {
            String path = "tags/" + entry.getKey() + "/";
            Map<String, Object> tag = Map.of("name", labels.get(entry.getKey()), "path", writer.config.basePath() + path,
                    "count", entry.getValue().size());
            tags.add(tag);
            Map<String, Object> model = writer.model(writer.listPage("Posts tagged “" + labels.get(entry.getKey()) + "”", path));
            model.put("tag", tag);
            model.put("posts", entry.getValue());
            writer.write(out, path + "index.html", "tag.ftlh", model, true);
        }
        Map<String, Object> model = writer.model(writer.listPage("Tags", "tags/"));
        model.put("tags", tags);
        writer.write(out, "tags/index.html", "tags.ftlh", model, true);
    }

    /** Tags become URL segments: lowercase letters, digits and dashes only, so no tag can leave its folder. */
    static String tagSlug(String tag) {
        String slug = tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        // A tag named like a Windows device (con, nul, …) would make the site uncopyable there.
        return slug.isEmpty() ? "tag" : Slugs.isDeviceName(slug) ? slug + "-tag" : slug;
    }
}
