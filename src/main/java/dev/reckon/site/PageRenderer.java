package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.markdown.MarkdownRenderer;
import dev.reckon.markdown.RenderedMarkdown;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Renders pages' Markdown in parallel, reusing unchanged pages when a page cache is given. */
final class PageRenderer {
    private final MarkdownRenderer markdown;
    private final PageCache.Session cache;
    private final AtomicInteger rendered = new AtomicInteger();

    /** @param cache this build's page cache, or null to render every page */
    PageRenderer(MarkdownRenderer markdown, PageCache.Session cache) {
        this.markdown = markdown;
        this.cache = cache;
    }

    List<RenderedPage> render(List<Page> pages) {
        // Parallel over pages; toList() keeps source order, so output does not depend on scheduling.
        return pages.parallelStream()
                .map(page -> new RenderedPage(page, render(page)))
                .toList();
    }

    /** One page's Markdown, from the cache when unchanged; safe to call from several threads. */
    RenderedMarkdown render(Page page) {
        return cache == null ? renderNow(page) : cache.render(page, () -> renderNow(page));
    }

    private RenderedMarkdown renderNow(Page page) {
        rendered.incrementAndGet();
        return markdown.render(page.source().displayPath(), page.body(), page.bodyFirstLine(),
                page.source().lines());
    }

    int rendered() {
        return rendered.get();
    }

    int reused() {
        return cache == null ? 0 : cache.reused();
    }
}
