package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;

/**
 * {@code ```calc}: definitions, functions and assertions, run before anything on the page renders;
 * hidden, unless written {@code ```calc show}, which lists each line with its value.
 */
public final class CalcBlock extends DirectiveBlock {
    private final boolean shown;

    CalcBlock(FencedCodeBlock fence, boolean shown) {
        super(fence);
        this.shown = shown;
    }

    /** True for {@code ```calc show}. */
    public boolean isShown() {
        return shown;
    }
}
