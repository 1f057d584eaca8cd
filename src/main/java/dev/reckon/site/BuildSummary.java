package dev.reckon.site;

import dev.reckon.diag.Diagnostic;
import java.util.List;

/**
 * What a build did, for the one-line report and for tests.
 *
 * @param markdownUnchanged Markdown files whose rendering was reused (their formulas are then not
 *                          counted as rendered or reused: they were not looked at)
 */
public record BuildSummary(
        int pages,
        int posts,
        int skippedDrafts,
        int skippedFuture,
        int formulasRendered,
        int formulasReused,
        int markdownRendered,
        int markdownUnchanged,
        List<Diagnostic> warnings) {

    public String describe(long millis) {
        StringBuilder out = new StringBuilder();
        out.append("built ").append(count(pages, "page")).append(" (").append(count(posts, "post")).append(")");
        if (markdownUnchanged > 0) {
            out.append(", ").append(markdownUnchanged).append(" of ").append(markdownRendered + markdownUnchanged)
                    .append(" Markdown files unchanged");
        }
        out.append(", ").append(count(formulasRendered, "formula")).append(" rendered, ")
                .append(formulasReused).append(" reused");
        List<String> skipped = new java.util.ArrayList<>();
        if (skippedDrafts > 0) {
            skipped.add(count(skippedDrafts, "draft"));
        }
        if (skippedFuture > 0) {
            skipped.add(count(skippedFuture, "future post"));
        }
        if (!skipped.isEmpty()) {
            out.append(", skipped ").append(String.join(" and ", skipped));
        }
        out.append(" in ").append(millis).append(" ms");
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
