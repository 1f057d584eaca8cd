package dev.reckon.site;

import dev.reckon.content.SiteContent;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.layout.RenderedPage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A build fails with every problem of the site at once, in reading order: front matter and slugs
 * as well as what rendering found in the pages that could be loaded, warnings included; and a build
 * that succeeds reports its warnings from all of them.
 */
final class BuildProblems {
    private BuildProblems() {
    }

    /** One failure with every problem once, in reading order. */
    static ReckonException failure(List<Diagnostic> problems) {
        List<Diagnostic> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Diagnostic.BY_POSITION);
        return new ReckonException(unique);
    }

    /** The failure of a build that got as far as rendering {@code rendered}, and then found {@code more}. */
    static ReckonException failure(SiteContent content, List<RenderedPage> rendered, List<Diagnostic> more) {
        return failure(all(content, rendered, more));
    }

    /** Fails if the content, the rendered pages or the posts have an error. */
    static void failOnErrors(SiteContent content, List<RenderedPage> rendered, List<Diagnostic> postProblems) {
        List<Diagnostic> problems = all(content, rendered, postProblems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw failure(problems);
        }
    }

    /** The warnings of a build that succeeded: the content's, then the posts', then the other pages'. */
    static List<Diagnostic> warnings(SiteContent content, List<Diagnostic> postProblems, List<RenderedPage> rendered) {
        List<Diagnostic> warnings = new ArrayList<>(content.warnings());
        postProblems.stream().filter(d -> !d.isError()).forEach(warnings::add);
        rendered.stream()
                .flatMap(p -> p.markdown().problems().stream())
                .filter(d -> !d.isError())
                .forEach(warnings::add);
        return warnings;
    }

    private static List<Diagnostic> all(SiteContent content, List<RenderedPage> rendered, List<Diagnostic> more) {
        List<Diagnostic> problems = new ArrayList<>(content.problems());
        rendered.forEach(p -> problems.addAll(p.markdown().problems()));
        problems.addAll(more);
        return problems;
    }
}
