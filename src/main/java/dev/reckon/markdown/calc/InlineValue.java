package dev.reckon.markdown.calc;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code `= expr -> unit | sig 2`}: a value computed into prose. */
public final class InlineValue extends InlineDirective {
    InlineValue(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(openingMarker, text, closingMarker);
    }
}
