package dev.reckon.site;

import dev.reckon.layout.RenderedPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the render phase gives the layout besides the posts (which are rendered as they are laid
 * out): the standalone pages, and the home page's own content or null.
 */
record RenderedPages(List<RenderedPage> pages, RenderedPage home) {
    /** The standalone pages, then the home page if it has content. */
    List<RenderedPage> all() {
        return home == null ? pages : Stream.concat(pages.stream(), Stream.of(home)).toList();
    }

    boolean hasMath() {
        return all().stream().anyMatch(p -> p.markdown().hasMath());
    }
}
