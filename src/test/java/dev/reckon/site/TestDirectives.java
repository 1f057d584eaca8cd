package dev.reckon.site;

import dev.reckon.content.SiteContent;
import dev.reckon.markdown.Directives;
import dev.reckon.markdown.calc.CalcDirectives;
import java.nio.file.Path;

/** The directives a test build uses: the same wiring as the CLI. */
final class TestDirectives {
    private TestDirectives() {
    }

    static Directives forSite(Path siteRoot, SiteContent content) {
        return CalcDirectives.forSite(siteRoot, content.dataFiles());
    }
}
