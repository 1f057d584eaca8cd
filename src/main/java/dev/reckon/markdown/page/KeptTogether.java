package dev.reckon.markdown.page;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline figure and the punctuation right after it, which no line may separate. */
public final class KeptTogether extends Node {
    KeptTogether() {
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
