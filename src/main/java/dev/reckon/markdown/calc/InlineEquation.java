package dev.reckon.markdown.calc;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code `$= expr`}: the equation the engine derives for an expression, inline. */
public final class InlineEquation extends InlineDirective {
    InlineEquation(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(openingMarker, text, closingMarker);
    }
}
