package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.content.Slugs;
import dev.reckon.output.SiteOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        Map<String, Object> page = writer.sitePage(writer.config.title(), "");
        if (home != null) {
            page.putAll(writer.models.page(home, null, null));
            page.put("title", home.page().meta().title());
        }
        Map<String, Object> model = writer.model(page);
        model.put("posts", summaries.subList(0, Math.min(ON_HOME, summaries.size())));
        writer.write(out, "index.html", "home.ftlh", model, true);
    }

    void writeBlogIndex(SiteOutput out) {
        int size = writer.config.postsPerPage();
        int pageTotal = Math.max(1, (summaries.size() + size - 1) / size);
        for (int n = 1; n <= pageTotal; n++) {
            String path = n == 1 ? "blog/" : "blog/page/" + n + "/";
            Map<String, Object> model = writer.model(writer.sitePage("Blog", path));
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
                String slug = TemplateModels.tagSlug(tag);
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
            Map<String, Object> model = writer.model(writer.sitePage("Posts tagged “" + labels.get(entry.getKey()) + "”", path));
            model.put("tag", tag);
            model.put("posts", entry.getValue());
            writer.write(out, path + "index.html", "tag.ftlh", model, true);
        }
        Map<String, Object> model = writer.model(writer.sitePage("Tags", "tags/"));
        model.put("tags", tags);
        writer.write(out, "tags/index.html", "tags.ftlh", model, true);
    }

    /** A page per series listing its parts in reading order ({@code series.ftlh}). */
    void writeSeries(SiteOutput out, SeriesIndex index) {
        for (SeriesIndex.Series series : index.all()) {
            Map<String, Object> model = writer.model(writer.sitePage(series.name(), series.path()));
            model.put("series", SeriesIndex.model(series, writer.config.basePath()));
            model.put("posts", series.parts().stream().map(p -> summaries.get(posts.indexOf(p))).toList());
            writer.write(out, series.path() + "index.html", "series.ftlh", model, true);
        }
    }
}
