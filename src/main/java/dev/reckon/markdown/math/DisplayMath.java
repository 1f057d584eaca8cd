package dev.reckon.markdown.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Labelled;

/**
 * A {@code $$ … $$} block; its content is TeX and may span lines. Inside a block quote or list the
 * TeX is pieced together from the lines' own text, so the container's markers ({@code > }) never
 * reach KaTeX. A label after the closing {@code $$} ({@code $$ {#eq-x}}) numbers it.
 */
public class DisplayMath extends Block implements Labelled {
    private BasedSequence tex = BasedSequence.NULL;
    private BasedSequence label = BasedSequence.NULL;
    private boolean closed;

    public BasedSequence getTex() {
        return tex;
    }

    void setTex(BasedSequence tex) {
        this.tex = tex;
    }

    @Override
    public Kind kind() {
        return Kind.EQUATION;
    }

    @Override
    public BasedSequence getLabel() {
        return label;
    }

    void setLabel(BasedSequence label) {
        this.label = label;
    }

    /** False when the block ran to the end of its container without a closing {@code $$} (an error). */
    public boolean isClosed() {
        return closed;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {tex};
    }
}
