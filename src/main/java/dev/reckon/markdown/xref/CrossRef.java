package dev.reckon.markdown.xref;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code @eq-ridge}, {@code @fig-roofline}, {@code @tbl-kv} in prose: a link to a numbered block, reading "Equation 2". */
public final class CrossRef extends Node {
    CrossRef(BasedSequence chars) {
        super(chars);
    }

    /** The label referred to, without the {@code @}. */
    public BasedSequence id() {
        return getChars().subSequence(1);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
