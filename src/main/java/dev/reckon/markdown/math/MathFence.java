package dev.reckon.markdown.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.ClaimedFence;

/** A {@code ```math} fence: display math whose TeX is the fence's content. */
public final class MathFence extends ClaimedFence {
    MathFence(FencedCodeBlock fence) {
        super(fence);
    }
}
