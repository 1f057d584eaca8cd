package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.content.SiteConfig;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.output.LayoutMemo;
import dev.reckon.output.SiteOutput;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which files a site consists of besides the files it copies, and which template lays out each:
 * posts, home, the paginated blog index, standalone pages, tag pages, 404, drawn social images, the
 * Atom and RSS feeds, the sitemap and robots.txt. The build hands each post over as it is rendered
 * ({@link #post}); everything else is laid out once all posts are written, from front matter and
 * the few pages' Markdown it was given.
 */
public final class SiteLayout {
    /** How many of the newest posts the feeds carry in full, so whose HTML the build keeps for them. */
    public static final int FEED_POSTS = Feeds.SIZE;
    private final SiteConfig config;
    private final List<Page> posts;
    private final List<RenderedPage> pages;
    private final RenderedPage home;
    private final SocialImageCache images;
    private final PageWriter writer;
    private final PostPages postPages;
    private final SeriesIndex series;
    /** Each post's word count, recorded as it is laid out, for the reading time the lists show. */
    private final int[] words;
    private List<Map<String, Object>> summaries;

    /**
     * @param posts the published posts, newest first
     * @param pages the standalone pages, rendered
     * @param home  the home page's own content, rendered, or null
     * @param memo  the last build's layouts to reuse ({@code serve}), or null to lay out every page
     */
    public SiteLayout(SiteConfig config, Templates templates, List<Page> posts, List<RenderedPage> pages,
            RenderedPage home, SocialImageCache images, LayoutMemo memo) {
        this.config = config;
        this.posts = posts;
        this.pages = pages;
        this.home = home;
        this.images = images;
        // The footer year comes from the content, not the clock, so rebuilds are byte-identical.
        int year = posts.isEmpty() ? 1970 : posts.get(0).meta().date().getYear();
        this.writer = new PageWriter(config, templates, year, menu(config, pages), memo);
        this.series = new SeriesIndex(posts);
        this.postPages = new PostPages(writer, posts, series);
        this.words = new int[posts.size()];
    }

    /**
     * The standalone pages the navigation links: those {@code menu:} names, in its order (a draft left
     * out of this build is left out of the menu too), or without {@code menu:} every page, by title.
     */
    static List<Page> menu(SiteConfig config, List<RenderedPage> pages) {
        List<Page> published = pages.stream().map(RenderedPage::page).toList();
        if (config.menu() == null) {
            return published.stream().sorted(Comparator.comparing((Page p) -> p.meta().title()).thenComparing(Page::slug)).toList();
        }
        return config.menu().stream()
                .flatMap(entry -> published.stream().filter(p -> p.slug().equals(entry.text())).limit(1))
                .toList();
    }

    /** Where a post's page goes, relative to the output. */
    public static String postFile(Page post) {
        return PostPages.file(post);
    }

    /**
     * The page of the {@code index}th post (newest first). Thread-safe: posts are laid out in
     * parallel. A template error is a {@code ReckonException} naming the template's line.
     */
    public byte[] post(int index, RenderedMarkdown markdown) {
        words[index] = markdown.words();
        return postPages.layOut(index, markdown);
    }

    /**
     * Everything else that lists or is listed, once every post is written: home, blog index, the
     * posts' sitemap entries, standalone pages, tag pages and 404, in sitemap order.
     */
    public void writeLists(SiteOutput out) {
        ListPages lists = new ListPages(writer, posts, summaries());
        lists.writeHome(out, home);
        lists.writeBlogIndex(out);
        postPages.list();
        for (RenderedPage page : pages) {
            writer.write(out, page.page().urlPath() + "index.html", "page.ftlh",
                    writer.model(writer.models.page(page, null, null)), true);
        }
        lists.writeTags(out);
        lists.writeSeries(out, series);
        writer.write(out, "404.html", "404.ftlh", writer.model(writer.sitePage("Page not found", "404.html")), false);
    }

    /** One drawn card per post without its own image, and one for the site's other pages. */
    public void writeSocialImages(SiteOutput out) {
        String footer = config.baseUrl().replaceFirst("^https?://", "").replaceFirst("/$", "");
        out.write(TemplateModels.SOCIAL_IMAGE, images.png(
                config.description() == null || config.description().isBlank() ? config.title() : config.description(),
                config.title(), footer));
        posts.parallelStream()
                .filter(post -> post.meta().image() == null)
                .forEach(post -> out.write(post.urlPath() + TemplateModels.SOCIAL_IMAGE,
                        images.png(post.meta().title(), config.title(), footer)));
    }

    /** @param newestHtml the rendered Markdown of the {@link #FEED_POSTS} newest posts, newest first */
    public void writeFeeds(SiteOutput out, List<String> newestHtml) {
        new Feeds(writer, posts).write(out, summaries(), newestHtml);
    }

    /** The sitemap of every listed page and robots.txt; last, once every page was listed. */
    public void writeSitemap(SiteOutput out) {
        writer.sitemap.write(out, writer.templates, writer.site);
    }

    /** The HTML pages laid out so far (posts count once listed, by {@link #writeLists}). */
    public int pageCount() {
        return writer.sitemap.pageCount();
    }

    private List<Map<String, Object>> summaries() {
        if (summaries == null) {
            summaries = posts.stream().map(writer.models::summary).toList();
            for (int i = 0; i < words.length; i++) {
                if (words[i] > 0) { // laid out in this build (lists are written after every post)
                    summaries.get(i).put("readingMinutes", TemplateModels.readingMinutes(words[i]));
                }
            }
        }
        return summaries;
    }
}
