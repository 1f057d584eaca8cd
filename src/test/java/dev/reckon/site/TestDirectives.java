package dev.reckon.site;

import dev.reckon.content.SiteContent;

/** The directives a test build uses: the same wiring as the CLI. */
final class TestDirectives {
    private TestDirectives() {
    }

    static Directives forSite(SiteContent content) {
        return Directives.NONE;
    }
}
