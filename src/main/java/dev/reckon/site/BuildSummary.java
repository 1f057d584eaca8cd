package dev.reckon.site;

import dev.reckon.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a build did, for the one-line report and for tests.
 *
 * @param markdownUnchanged Markdown files whose rendering was reused (their formulas are then not
 *                          counted as rendered or reused: they were not looked at)
 * @param figuresChanged    "3 published figures changed in 2 posts; reckon figures --changed", or null
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
        List<Diagnostic> warnings,
        String figuresChanged) {

    public String describe(long millis) {
        StringBuilder out = new StringBuilder();
        out.append("built ").append(count(pages, "page")).append(" (").append(count(posts, "post")).append(")");
        if (markdownUnchanged > 0) {
            out.append(", ").append(markdownUnchanged).append(" of ").append(markdownRendered + markdownUnchanged)
                    .append(" Markdown files unchanged");
        }
        out.append(", ").append(count(formulasRendered, "formula")).append(" rendered, ")
                .append(formulasReused).append(" reused");
        List<String> skipped = new ArrayList<>();
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

    /** The numbers a build stamp keeps of this build: all a skipped build reports again. */
    String stamped() {
        return pages + " " + posts + " " + skippedDrafts + " " + skippedFuture + " "
                + (formulasRendered + formulasReused) + " " + (markdownRendered + markdownUnchanged);
    }

    /** The report of a build skipped because nothing changed, from its stamp's {@link #stamped} line; empty if damaged. */
    static Optional<BuildSummary> ofSkippedBuild(String stamped) {
        try {
            String[] n = stamped.split(" ");
            return Optional.of(new BuildSummary(Integer.parseInt(n[0]), Integer.parseInt(n[1]),
                    Integer.parseInt(n[2]), Integer.parseInt(n[3]), 0, Integer.parseInt(n[4]), 0, Integer.parseInt(n[5]),
                    List.of(), null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
