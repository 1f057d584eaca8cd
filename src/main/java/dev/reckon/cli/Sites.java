package dev.reckon.cli;

import dev.reckon.content.SiteContent;
import dev.reckon.site.Directives;

/** Wires a site's content to the calculation directives. */
final class Sites {
    private Sites() {
    }

    static Directives directives(SiteContent content) {
        return Directives.NONE;
    }
}
