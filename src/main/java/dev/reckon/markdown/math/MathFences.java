package dev.reckon.markdown.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.ClaimedFence;
import dev.reckon.markdown.page.FenceClaims;

/** Claims {@code ```math} fences (the info string exactly {@code math}) as {@link MathFence}s. */
final class MathFences extends FenceClaims {
    @Override
    protected ClaimedFence claim(FencedCodeBlock fence) {
        return fence.getInfo().toString().trim().equals("math") ? new MathFence(fence) : null;
    }
}
