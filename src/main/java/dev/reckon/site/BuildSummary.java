package dev.reckon.site;

import dev.reckon.diag.Diagnostic;
import java.util.List;

/** What a build did, for the one-line report and for tests. */
public record BuildSummary(
        int pages,
        int posts,
        int skippedDrafts,
        int skippedFuture,
        int formulasRendered,
        int formulasReused,
        List<Diagnostic> warnings) {

    public String describe(long millis) {
        StringBuilder out = new StringBuilder();
        out.append("built ").append(pages).append(" pages (").append(posts).append(" posts)");
        out.append(", ").append(formulasRendered).append(" formulas rendered, ")
                .append(formulasReused).append(" reused");
        if (skippedDrafts > 0 || skippedFuture > 0) {
            out.append(", skipped ").append(skippedDrafts).append(" drafts and ")
                    .append(skippedFuture).append(" future posts");
        }
        out.append(" in ").append(millis).append(" ms");
        return out.toString();
    }
}
