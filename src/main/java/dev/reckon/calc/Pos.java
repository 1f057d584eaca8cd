package dev.reckon.calc;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;

/** A range [start, end) of a snippet, kept on every token and syntax node so errors can be mapped back. */
record Pos(Source source, int start, int end) {

    Pos to(Pos other) {
        return new Pos(source, Math.min(start, other.start), Math.max(end, other.end));
    }

    String text() {
        return source.text().substring(start, Math.min(end, source.text().length()));
    }

    CalcException error(String message, String hint) {
        return new CalcException(Diagnostic.error(message, span(), sourceLine(), hint));
    }

    SourceSpan span() {
        Origin o = source.origin();
        String text = source.text();
        int line = o.line();
        int column = o.column();
        int lastBreak = -1;
        for (int i = 0; i < Math.min(start, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lastBreak = i;
            }
        }
        column = lastBreak < 0 ? column + start : start - lastBreak;
        return new SourceSpan(o.file(), line, column, Math.max(1, end - start));
    }

    /** The snippet's line that holds {@code start}; on its first line, the whole source line when known. */
    private String sourceLine() {
        SourceLines lines = SourceLines.of(source.text().substring(0, Math.min(start, source.text().length())));
        if (lines.count() > 1) {
            return SourceLines.of(source.text()).line(lines.count());
        }
        return source.origin().lineText() != null ? source.origin().lineText() : SourceLines.of(source.text()).line(1);
    }
}
