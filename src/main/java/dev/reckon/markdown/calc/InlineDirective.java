package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.TableCells;
import dev.reckon.markdown.page.InlineFigure;

/**
 * A code span whose text starts with {@code = } or {@code $= }: a directive in prose. It is a
 * {@link Code} in every other respect, so heading ids, word counts and the checker read it as the
 * code span it is written as.
 */
public abstract sealed class InlineDirective extends Code implements InlineFigure permits InlineValue, InlineEquation {
    InlineDirective(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(openingMarker, text, closingMarker);
    }

    /** The directive's code span, or null when the text is no directive. */
    static InlineDirective of(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        if (text.startsWith("= ")) {
            return new InlineValue(openingMarker, text, closingMarker);
        }
        if (text.startsWith("$= ")) {
            return new InlineEquation(openingMarker, text, closingMarker);
        }
        return null;
    }

    /**
     * The expression part, after {@code = } or {@code $= } and any further spaces, without trailing
     * space. In a table cell GFM requires {@code \|} for the {@code |} before options, and it is read so.
     */
    public BasedSequence expression() {
        BasedSequence text = TableCells.unescapedPipesSameColumns(this, getText());
        int start = text.indexOf("= ") + 2;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        return text.subSequence(start).trimEnd();
    }
}
