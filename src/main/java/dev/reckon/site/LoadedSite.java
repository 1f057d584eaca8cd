package dev.reckon.site;

import dev.reckon.content.ContentLoader;
import dev.reckon.content.SiteContent;
import dev.reckon.content.SourceTree;
import dev.reckon.diag.ReckonException;
import dev.reckon.markdown.Directives;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What the load phase gives the rest of a build: the site's content, the posts and pages this build
 * publishes, and the calculation directives over the site's data set.
 */
record LoadedSite(Path root, SiteContent content, Published published, Directives directives) {

    /**
     * @param sources    the site's source files, listed without following links
     * @param directives the directives for a site's content, whose data set they load; this is the
     *                   one place a build asks for them
     */
    static LoadedSite load(Path root, SourceTree sources, BuildOptions options,
            Function<SiteContent, Directives> directives) {
        SiteContent content = ContentLoader.loadAll(root, sources);
        if (content.config() == null) {
            // No usable site.yaml: nothing can be laid out, but every other problem is still worth reporting.
            throw BuildProblems.failure(content.problems());
        }
        Published published = Published.select(content, options);
        try {
            return new LoadedSite(root, content, published, directives.apply(content));
        } catch (ReckonException e) {
            // Broken data files: fail with those and the content's problems together.
            throw BuildProblems.failure(content, List.of(), e.diagnostics());
        }
    }
}
