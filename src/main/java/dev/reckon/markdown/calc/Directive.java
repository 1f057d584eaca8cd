package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.calc.Origin;
import dev.reckon.diag.SourceSpan;
import dev.reckon.markdown.PageContext;
import java.util.Locale;

/** Recognises directive syntax on core nodes and locates their text in the source file. */
final class Directive {
    enum Kind { DEFINITIONS, LISTING, TABLE, EQUATION, CHART, VALUE, INLINE_EQUATION, NONE }

    private Directive() {
    }

    static Kind of(FencedCodeBlock block) {
        String info = block.getInfo().toString().trim().toLowerCase(Locale.ROOT);
        return switch (info) {
            case "calc" -> Kind.DEFINITIONS;
            case "calc show" -> Kind.LISTING;
            case "calc-table" -> Kind.TABLE;
            case "equation" -> Kind.EQUATION;
            case "chart" -> Kind.CHART;
            default -> Kind.NONE;
        };
    }

    static Kind of(Code code) {
        String text = code.getText().toString();
        if (text.startsWith("= ")) {
            return Kind.VALUE;
        }
        if (text.startsWith("$= ")) {
            return Kind.INLINE_EQUATION;
        }
        return Kind.NONE;
    }

    /** The expression part of an inline directive (after "= " or "$= "). */
    static BasedSequence spec(Code code) {
        BasedSequence text = code.getText();
        int start = text.indexOf("= ") + 2;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        return text.subSequence(start).trimEnd();
    }

    /** The engine's view of where {@code text} starts in the source file. */
    static Origin origin(PageContext page, BasedSequence text) {
        SourceSpan span = page.spanAt(text.getStartOffset(), 1);
        return Origin.of(span.file(), span.line(), span.column(), page.lineText(span.line()));
    }

    /** A fenced block's content, without the trailing newline. */
    static BasedSequence body(FencedCodeBlock block) {
        return block.getContentChars().trimEnd();
    }
}
