package dev.reckon.markdown;

import dev.reckon.diag.Diagnostic;
import java.util.List;

/**
 * @param html     the document's HTML fragment
 * @param hasMath  whether any formula was rendered (the page then links KaTeX's CSS)
 * @param problems errors and warnings found while rendering, positioned in the source file
 * @param words    word count of the prose, for reading time
 */
public record RenderedMarkdown(String html, boolean hasMath, List<Diagnostic> problems, int words) {
}
