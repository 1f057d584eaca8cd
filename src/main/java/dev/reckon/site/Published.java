package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.content.SiteContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The posts and pages a build publishes, after the draft and future-date rules; posts newest first. */
record Published(List<Page> posts, List<Page> pages, int skippedDrafts, int skippedFuture) {
    static Published select(SiteContent content, BuildOptions options) {
        int drafts = 0;
        int future = 0;
        List<Page> posts = new ArrayList<>();
        for (Page post : content.posts()) {
            if (post.meta().draft() && !options.drafts()) {
                drafts++;
            } else if (post.meta().date().isAfter(options.today()) && !options.future()) {
                future++;
            } else {
                posts.add(post);
            }
        }
        // Newest first; ties broken by slug so the order never depends on the file system.
        posts.sort(Comparator.comparing((Page p) -> p.meta().date()).reversed().thenComparing(Page::slug));
        List<Page> pages = content.pages().stream().filter(p -> !p.meta().draft() || options.drafts()).toList();
        return new Published(List.copyOf(posts), pages, drafts, future);
    }
}
