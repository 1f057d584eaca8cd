package dev.reckon.markdown;

import dev.reckon.diag.Diagnostic;
import dev.reckon.markdown.page.PageContext;
import dev.reckon.markdown.page.PageFigures;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * @param html         the document's HTML fragment
 * @param hasMath      whether any formula was rendered (the page then links KaTeX's CSS)
 * @param mathFonts    the KaTeX font files its formulas draw with (relative to KaTeX's folder), sorted:
 *                     the page preloads them
 * @param problems     errors and warnings found while rendering, positioned in the source file
 * @param words        word count of the prose, for reading time
 * @param dependencies what the page read besides its text, with the fingerprint it saw (see
 *                     {@link PageContext#dependsOn}), sorted
 * @param figures      the computed numbers the page publishes and the data figures they use
 */
public record RenderedMarkdown(String html, boolean hasMath, List<String> mathFonts, List<Diagnostic> problems,
        int words, SortedMap<String, String> dependencies, PageFigures figures) {

    /** Keeps its own unmodifiable copies of the fonts and dependencies, whatever collections the caller built. */
    public RenderedMarkdown {
        mathFonts = List.copyOf(new TreeSet<>(mathFonts));
        dependencies = Collections.unmodifiableSortedMap(new TreeMap<>(dependencies));
    }

    /** A page that could not be rendered: no output, only its problems. */
    static RenderedMarkdown failed(PageContext context) {
        return new RenderedMarkdown("", false, List.of(), List.copyOf(context.problems()), 0, Collections.emptySortedMap(),
                PageFigures.NONE);
    }
}
