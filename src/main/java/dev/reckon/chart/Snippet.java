package dev.reckon.chart;

import dev.reckon.calc.Origin;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;

/**
 * A piece of a chart spec with the position of its first character, so both the engine (which takes an
 * {@link Origin}) and the spec's own checks can point at exactly what the author wrote.
 */
record Snippet(String text, Origin origin) {

    /** Characters {@code [start, end)} of {@code line}, whose first character sits at {@code lineOrigin}, trimmed. */
    static Snippet of(Origin lineOrigin, String line, int start, int end) {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        Origin at = new Origin(lineOrigin.file(), lineOrigin.line(), lineOrigin.column() + start, lineOrigin.lineText());
        return new Snippet(line.substring(start, end), at);
    }

    /** Characters {@code [start, end)} of this snippet, trimmed, positioned where they stand. */
    Snippet sub(int start, int end) {
        return of(origin, text, start, end);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    ChartException error(String message, String hint) {
        SourceSpan span = new SourceSpan(origin.file(), origin.line(), origin.column(), Math.max(1, text.length()));
        return new ChartException(Diagnostic.error(message, span, origin.lineText(), hint));
    }
}
