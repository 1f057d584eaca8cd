package dev.reckon.markdown.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code $$ … $$} block; its content is TeX and may span lines, including blank ones. */
public class DisplayMath extends Block {
    private BasedSequence tex = BasedSequence.NULL;

    public BasedSequence getTex() {
        return tex;
    }

    public void setTex(BasedSequence tex) {
        this.tex = tex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {tex};
    }
}
