package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Map;

/** The posts' own pages: each post's rendered Markdown in {@code post.ftlh}, linked to its newer and older neighbour. */
final class PostPages {
    private final PageWriter writer;
    /** Newest first: a post's neighbours are the entries beside it. */
    private final List<Page> posts;
    private final SeriesIndex series;

    PostPages(PageWriter writer, List<Page> posts, SeriesIndex series) {
        this.writer = writer;
        this.posts = posts;
        this.series = series;
    }

    static String file(Page post) {
        return post.urlPath() + "index.html";
    }

    /** The page of the {@code index}th post; with a memo, reused while the post, its neighbours, the settings and templates are unchanged. */
    byte[] layOut(int index, RenderedMarkdown markdown) {
        Page post = posts.get(index);
        Page newer = index > 0 ? posts.get(index - 1) : null;
        Page older = index + 1 < posts.size() ? posts.get(index + 1) : null;
        // The series' parts (titles, paths, order) are read from the other posts: part of what the memo compares.
        Map<String, Object> partOf = series.forPost(post, writer.config.basePath());
        return writer.layOut(file(post),
                () -> {
                    Map<String, Object> page = writer.models.page(new RenderedPage(post, markdown), older, newer);
                    if (partOf != null) {
                        page.put("series", partOf);
                    }
                    return writer.render("post.ftlh", writer.model(page));
                },
                writer.config, writer.site, post.meta(), post.urlPath(), markdown, neighbour(older), neighbour(newer),
                partOf == null ? List.of() : partOf);
    }

    /** Lists every post in the sitemap, newest first (they were written in parallel, in no order). */
    void list() {
        posts.forEach(post -> writer.sitemap.add(file(post), true));
    }

    /** What a post's layout reads of a neighbouring post (its summary), or a placeholder at either end. */
    private static List<Object> neighbour(Page page) {
        return page == null ? List.of() : List.of(page.meta(), page.urlPath());
    }
}
