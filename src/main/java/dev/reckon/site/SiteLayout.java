package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.content.SiteConfig;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.markdown.RenderedMarkdown;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which files the site consists of and which template lays out each: home, paginated blog index,
 * posts, standalone pages, tag pages, feed, sitemap, robots.txt and 404.
 */
final class SiteLayout {
    private static final int FEED_SIZE = 20;
    private final SiteConfig config;
    private final SocialImageCache images;
    private final Templates templates;
    private final TemplateModels models;
    private final List<Page> posts;
    private final Function<Page, RenderedMarkdown> render;
    private final List<RenderedPage> pages;
    private final RenderedPage home;
    private final Map<String, Object> site;
    private final LayoutMemo memo;
    /** The templates folder as the memo's inputs see it; null without a memo. */
    private final String templatesStamp;
    private final List<String> sitemap = new ArrayList<>();
    private int pageCount;

    /**
     * @param posts  the published posts, newest first; their Markdown is rendered by {@code render}
     *               as each is laid out ({@link #writePosts}), so no post's HTML outlives its page
     * @param memo   the last build's post layouts to reuse (serve), or null to lay out every post
     */
    SiteLayout(SiteConfig config, Templates templates, List<Page> posts, Function<Page, RenderedMarkdown> render,
            List<RenderedPage> pages, RenderedPage home, SocialImageCache images, LayoutMemo memo) {
        this.render = render;
        this.config = config;
        this.memo = memo;
        this.templatesStamp = memo == null ? null : templates.stamp();
        this.images = images;
        this.templates = templates;
        this.models = new TemplateModels(config);
        this.posts = posts;
        this.pages = pages;
        this.home = home;
        // The footer year comes from the content, not the clock, so rebuilds are byte-identical.
        int year = posts.isEmpty() ? 1970 : posts.get(0).meta().date().getYear();
        this.site = models.site(year);
    }

    /**
     * What laying out the posts left to know: every post's problems (a post with errors is not laid
     * out), whether any has math, and the newest posts' HTML for the feeds.
     */
    record Posts(List<Diagnostic> problems, boolean hasMath, List<String> feedHtml) {
    }

    /**
     * Renders, lays out and writes every post, in parallel (Freemarker templates are thread-safe, and
     * so is writing distinct files); each post's HTML is dropped once written, except the feeds'.
     * A template error is reported like a post's own problem, once however many posts hit it.
     *
     * @param layOut false to only render each post's Markdown for its problems, when the site
     *               already has errors (two posts may then even claim the same address)
     */
    Posts writePosts(SiteOutput out, boolean layOut) {
        String[] feedHtml = new String[Math.min(FEED_SIZE, posts.size())];
        Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
        AtomicBoolean hasMath = new AtomicBoolean();
        IntStream.range(0, posts.size()).parallel().forEach(i -> {
            RenderedMarkdown markdown = render.apply(posts.get(i));
            problems.addAll(markdown.problems());
            if (!layOut || markdown.problems().stream().anyMatch(Diagnostic::isError)) {
                return;
            }
            try {
                out.write(postFile(posts.get(i)), layOutPost(i, markdown));
            } catch (ReckonException e) {
                problems.addAll(e.diagnostics());
            }
            if (markdown.hasMath()) {
                hasMath.set(true);
            }
            if (i < feedHtml.length) {
                feedHtml[i] = markdown.html();
            }
        });
        List<Diagnostic> sorted = new ArrayList<>(problems);
        sorted.sort(Diagnostic.BY_POSITION);
        return new Posts(List.copyOf(sorted), hasMath.get(), Arrays.asList(feedHtml));
    }

    /** Everything but the posts, once {@link #writePosts} succeeded. */
    void writeRest(SiteOutput out, Posts laidOut) {
        List<Map<String, Object>> summaries = posts.stream().map(models::summary).toList();
        writeHome(out, summaries);
        writeBlogIndex(out, summaries);
        posts.forEach(post -> listed(postFile(post), true));
        for (RenderedPage page : pages) {
            writePage(out, "page.ftlh", page, null, null);
        }
        writeTags(out, summaries);
        writeHtml(out, "404.html", "404.ftlh", Map.of("title", "Page not found"), false);
        writeSocialImages(out);
        writeFeed(out, summaries, laidOut.feedHtml());
        out.write("sitemap.xml", SiteBuilder.utf8(templates.render("sitemap.ftlx", Map.of("site", site, "urls", sitemap))));
        out.write("robots.txt", SiteBuilder.utf8("User-agent: *\nAllow: /\nSitemap: " + config.baseUrl() + "sitemap.xml\n"));
    }

    private static String postFile(Page post) {
        return post.urlPath() + "index.html";
    }

    private byte[] layOutPost(int i, RenderedMarkdown markdown) {
        Page post = posts.get(i);
        Page newer = i > 0 ? posts.get(i - 1) : null;
        Page older = i + 1 < posts.size() ? posts.get(i + 1) : null;
        Supplier<byte[]> layOut = () -> SiteBuilder.utf8(templates.render("post.ftlh",
                model(models.page(new RenderedPage(post, markdown), older, newer))));
        if (memo == null) {
            return layOut.get();
        }
        return memo.layOut(postFile(post), List.of(templatesStamp, config, site, post.meta(), post.urlPath(), markdown,
                neighbour(older), neighbour(newer)), layOut);
    }

    /** What a post's layout reads of a neighbouring post (its summary), or a placeholder at either end. */
    private static List<Object> neighbour(Page page) {
        return page == null ? List.of() : List.of(page.meta(), page.urlPath());
    }

    /** One drawn card per post without its own image, and one for the site's other pages. */
    private void writeSocialImages(SiteOutput out) {
        String footer = config.baseUrl().replaceFirst("^https?://", "").replaceFirst("/$", "");
        out.write(TemplateModels.SOCIAL_IMAGE, images.png(
                config.description() == null || config.description().isBlank() ? config.title() : config.description(),
                config.title(), footer));
        posts.parallelStream()
                .filter(post -> post.meta().image() == null)
                .forEach(post -> out.write(post.urlPath() + TemplateModels.SOCIAL_IMAGE,
                        images.png(post.meta().title(), config.title(), footer)));
    }

    int pageCount() {
        return pageCount;
    }

    private void writeHome(SiteOutput out, List<Map<String, Object>> summaries) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", config.title());
        page.put("description", config.description());
        page.put("path", config.basePath());
        page.put("url", config.baseUrl());
        page.put("image", config.baseUrl() + TemplateModels.SOCIAL_IMAGE);
        page.put("imageDrawn", true);
        boolean math = false;
        if (home != null) {
            page.putAll(models.page(home, null, null));
            page.put("title", home.page().meta().title());
            math = home.markdown().hasMath();
        }
        page.put("hasMath", math);
        Map<String, Object> model = model(page);
        model.put("posts", summaries.subList(0, Math.min(5, summaries.size())));
        write(out, "index.html", "home.ftlh", model, true);
    }

    private void writeBlogIndex(SiteOutput out, List<Map<String, Object>> summaries) {
        int size = config.postsPerPage();
        int pageTotal = Math.max(1, (summaries.size() + size - 1) / size);
        for (int n = 1; n <= pageTotal; n++) {
            String path = n == 1 ? "blog/" : "blog/page/" + n + "/";
            Map<String, Object> page = listPage("Blog", path);
            Map<String, Object> model = model(page);
            model.put("posts", summaries.subList((n - 1) * size, Math.min(n * size, summaries.size())));
            Map<String, Object> pager = new HashMap<>();
            pager.put("number", n);
            pager.put("total", pageTotal);
            if (n > 1) {
                pager.put("newer", config.basePath() + (n == 2 ? "blog/" : "blog/page/" + (n - 1) + "/"));
            }
            if (n < pageTotal) {
                pager.put("older", config.basePath() + "blog/page/" + (n + 1) + "/");
            }
            model.put("pager", pager);
            write(out, path + "index.html", "blog.ftlh", model, true);
        }
    }

    /** @param summaries the posts' summaries, in post order */
    private void writeTags(SiteOutput out, List<Map<String, Object>> summaries) {
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
            Map<String, Object> tag = Map.of("name", labels.get(entry.getKey()), "path", config.basePath() + path,
                    "count", entry.getValue().size());
            tags.add(tag);
            Map<String, Object> model = model(listPage("Posts tagged “" + labels.get(entry.getKey()) + "”", path));
            model.put("tag", tag);
            model.put("posts", entry.getValue());
            write(out, path + "index.html", "tag.ftlh", model, true);
        }
        Map<String, Object> model = model(listPage("Tags", "tags/"));
        model.put("tags", tags);
        write(out, "tags/index.html", "tags.ftlh", model, true);
    }

    /** Tags become URL segments: lowercase letters, digits and dashes only, so no tag can leave its folder. */
    static String tagSlug(String tag) {
        String slug = tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        // A tag named like a Windows device (con, nul, …) would make the site uncopyable there.
        return slug.isEmpty() ? "tag" : slug.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]") ? slug + "-tag" : slug;
    }

    /** Atom and RSS 2.0, each with the newest posts in full and every URL absolute. */
    private void writeFeed(SiteOutput out, List<Map<String, Object>> summaries, List<String> feedHtml) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(FEED_SIZE, posts.size()); i++) {
            Map<String, Object> entry = new HashMap<>(summaries.get(i));
            entry.put("content", FeedContent.absolute(feedHtml.get(i), (String) entry.get("url")));
            entry.put("dateRfc822", rfc822(posts.get(i).meta().date()));
            entries.add(entry);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("posts", entries);
        model.put("updatedIso", posts.isEmpty() ? "1970-01-01" : newestDate().toString());
        model.put("updatedRfc822", rfc822(posts.isEmpty() ? LocalDate.EPOCH : newestDate()));
        out.write("atom.xml", SiteBuilder.utf8(templates.render("atom.ftlx", model)));
        out.write("rss.xml", SiteBuilder.utf8(templates.render("rss.ftlx", model)));
    }

    /** RSS dates (RFC 822): midnight of the day in the site's time zone. */
    private String rfc822(LocalDate date) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atStartOfDay(config.timeZone()));
    }

    private LocalDate newestDate() {
        return posts.stream()
                .map(p -> p.meta().updated() != null ? p.meta().updated() : p.meta().date())
                .max(LocalDate::compareTo).orElseThrow();
    }

    private void writePage(SiteOutput out, String template, RenderedPage page, Page older, Page newer) {
        Map<String, Object> model = model(models.page(page, older, newer));
        write(out, page.page().urlPath() + "index.html", template, model, true);
    }

    private Map<String, Object> listPage(String title, String path) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("description", config.description());
        page.put("path", config.basePath() + path);
        page.put("url", config.baseUrl() + path);
        page.put("image", config.baseUrl() + TemplateModels.SOCIAL_IMAGE);
        page.put("imageDrawn", true);
        page.put("hasMath", false);
        return page;
    }

    private Map<String, Object> model(Map<String, Object> page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", page);
        return model;
    }

    private void writeHtml(SiteOutput out, String file, String template, Map<String, Object> page, boolean inSitemap) {
        Map<String, Object> full = new HashMap<>(page);
        full.putIfAbsent("description", config.description());
        full.putIfAbsent("path", config.basePath() + file);
        full.putIfAbsent("url", config.baseUrl() + file);
        full.putIfAbsent("hasMath", false);
        full.putIfAbsent("image", config.baseUrl() + TemplateModels.SOCIAL_IMAGE);
        full.putIfAbsent("imageDrawn", true);
        write(out, file, template, model(full), inSitemap);
    }

    /**
     * Lays out one page other than a post. With a memo, a page whose model is equal to last time's
     * (lists, tags, 404: plain maps of front matter) is not laid out again; a model holding rendered
     * Markdown (the home page's intro, standalone pages) never compares equal, so those always are.
     */
    private void write(SiteOutput out, String file, String template, Map<String, Object> model, boolean inSitemap) {
        Supplier<byte[]> layOut = () -> SiteBuilder.utf8(templates.render(template, model));
        byte[] html = memo == null ? layOut.get() : memo.layOut(file, List.of(templatesStamp, template, model), layOut);
        record(out, file, html, inSitemap);
    }

    private void record(SiteOutput out, String file, byte[] html, boolean inSitemap) {
        out.write(file, html);
        listed(file, inSitemap);
    }

    /** Counts a written page and adds it to the sitemap; called in the order pages should be listed. */
    private void listed(String file, boolean inSitemap) {
        pageCount++;
        if (inSitemap) {
            sitemap.add(config.baseUrl() + (file.endsWith("index.html") ? file.substring(0, file.length() - 10) : file));
        }
    }
}
