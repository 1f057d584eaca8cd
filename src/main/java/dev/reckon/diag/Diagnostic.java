package dev.reckon.diag;

/**
 * One problem in the author's input, positioned so the author can jump to it.
 *
 * @param sourceLine the full text of the line the span points into, or null when unknown
 * @param hint       what to do about it, or null
 */
public record Diagnostic(Severity severity, String message, SourceSpan span, String sourceLine, String hint) {
    /** Reading order: by file, line and column, problems without a position last; then by text, so no tie depends on how they were collected. */
    public static final java.util.Comparator<Diagnostic> BY_POSITION = java.util.Comparator
            .comparing((Diagnostic d) -> d.span() == null ? "\uffff" : d.span().file())
            .thenComparingInt(d -> d.span() == null ? 0 : d.span().line())
            .thenComparingInt(d -> d.span() == null ? 0 : d.span().column())
            .thenComparing(Diagnostic::message)
            .thenComparing(d -> d.severity().name())
            .thenComparing(d -> d.hint() == null ? "" : d.hint());
    /** Characters of a source line shown at most; longer lines are cut around the caret. */
    private static final int MAX_SHOWN = 120;

    public static Diagnostic error(String message, SourceSpan span, String sourceLine, String hint) {
        return new Diagnostic(Severity.ERROR, message, span, sourceLine, hint);
    }

    public static Diagnostic warning(String message, SourceSpan span, String sourceLine, String hint) {
        return new Diagnostic(Severity.WARNING, message, span, sourceLine, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Renders in the manner of numbat and rustc:
     * <pre>
     * error: unknown name 'h20'
     *   --> content/posts/a.md:12:11
     *    |
     * 12 | weights = h20.memory
     *    |           ^^^
     *    = hint: did you mean 'h200'?
     * </pre>
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(severity.label()).append(": ").append(message).append('\n');
        if (span == null) {
            if (hint != null) {
                out.append("  = hint: ").append(hint).append('\n');
            }
            return out.toString();
        }
        String gutterNumber = Integer.toString(span.line());
        String pad = " ".repeat(gutterNumber.length());
        out.append(pad).append("--> ").append(span.location()).append('\n');
        if (sourceLine != null) {
            String line = sourceLine.replace('\t', ' ');
            int caretStart = Math.max(0, Math.min(span.column() - 1, line.length()));
            if (line.length() > MAX_SHOWN) {
                // A window around the caret: a 40,000-character line helps nobody in a terminal.
                int from = Math.max(0, Math.min(caretStart - MAX_SHOWN / 3, line.length() - MAX_SHOWN));
                String prefix = from > 0 ? "…" : "";
                String suffix = from + MAX_SHOWN < line.length() ? "…" : "";
                line = prefix + line.substring(from, from + MAX_SHOWN) + suffix;
                caretStart = caretStart - from + prefix.length();
            }
            out.append(pad).append(" |\n");
            out.append(gutterNumber).append(" | ").append(line).append('\n');
            int caretLength = Math.max(1, Math.min(span.length(), Math.max(1, line.length() - caretStart)));
            out.append(pad).append(" | ").append(" ".repeat(caretStart)).append("^".repeat(caretLength)).append('\n');
        }
        if (hint != null) {
            out.append(pad).append(" = hint: ").append(hint).append('\n');
        }
        return out.toString();
    }
}
