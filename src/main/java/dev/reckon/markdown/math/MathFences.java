package dev.reckon.markdown.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.Attributes;
import dev.reckon.markdown.page.ClaimedFence;
import dev.reckon.markdown.page.FenceClaims;

/** Claims {@code ```math} fences (also {@code ```math {#eq-x}}) as {@link MathFence}s. */
final class MathFences extends FenceClaims {
    @Override
    protected ClaimedFence claim(FencedCodeBlock fence) {
        return Attributes.FenceInfo.of(fence.getInfo()).kind().equals("math") ? new MathFence(fence) : null;
    }
}
