/**
 * Fenced code highlighted at build time, as a flexmark extension ({@link dev.reckon.markdown.highlight.HighlightExtension})
 * over the {@code highlight} package's engine-side {@link dev.reckon.highlight.Highlighter}.
 */
package dev.reckon.markdown.highlight;
