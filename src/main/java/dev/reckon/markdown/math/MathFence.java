package dev.reckon.markdown.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.ClaimedFence;
import dev.reckon.markdown.page.Labelled;

/** A {@code ```math} fence: display math whose TeX is the fence's content; {@code ```math {#eq-x}} numbers it. */
public final class MathFence extends ClaimedFence implements Labelled {
    MathFence(FencedCodeBlock fence) {
        super(fence);
    }

    @Override
    public Kind kind() {
        return Kind.EQUATION;
    }
}
