package dev.reckon.diag;

import java.util.Arrays;
import java.util.List;

/**
 * The lines of one source file, so a diagnostic can show the line its span points into. Every
 * reader that positions messages (front matter, YAML, Markdown, templates, checks) asks this one
 * class, so a line number means the same thing everywhere: 1-based, split at {@code \n},
 * {@code \r\n} or {@code \r}, and a line outside the file shows no source line rather than failing.
 */
public final class SourceLines {
    private static final SourceLines NONE = new SourceLines(List.of());

    private final List<String> lines;

    private SourceLines(List<String> lines) {
        this.lines = lines;
    }

    /** The lines of {@code text}. */
    public static SourceLines of(String text) {
        return text == null ? NONE : new SourceLines(Arrays.asList(text.split("\r\n|\r|\n", -1)));
    }

    /** Lines already split, e.g. those of a file read once for several readers. */
    public static SourceLines of(String[] lines) {
        return new SourceLines(List.of(lines));
    }

    /** No source to show, e.g. for a file that could not be read. */
    public static SourceLines none() {
        return NONE;
    }

    /** How many lines there are: a text without a line break has one, an empty text too. */
    public int count() {
        return lines.size();
    }

    /** The text of the 1-based {@code line}, or null when the file has no such line. */
    public String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    /** An error at {@code span}, showing the line it points into. */
    public Diagnostic error(String message, SourceSpan span, String hint) {
        return Diagnostic.error(message, span, line(span.line()), hint);
    }

    /** A warning at {@code span}, showing the line it points into. */
    public Diagnostic warning(String message, SourceSpan span, String hint) {
        return Diagnostic.warning(message, span, line(span.line()), hint);
    }
}
