package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.markdown.RenderedMarkdown;

/** A page with its Markdown rendered, ready for its template. */
record RenderedPage(Page page, RenderedMarkdown markdown) {
}
