package dev.reckon.diag;

/** A span of source text: 1-based line and column, length in characters (at least 1 for a caret). */
public record SourceSpan(String file, int line, int column, int length) {

    public static SourceSpan of(String file, int line, int column) {
        return new SourceSpan(file, line, column, 1);
    }

    /** {@code file:line:column}, the form editors and terminals turn into links. */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location();
    }
}
