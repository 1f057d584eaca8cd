package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.markdown.RenderedMarkdown;

/** A page with its Markdown rendered, ready for its template. */
public record RenderedPage(Page page, RenderedMarkdown markdown) {
}
