package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.ClaimedFence;

/** A fenced block whose info string names a directive; its content is the directive's text. */
public abstract sealed class DirectiveBlock extends ClaimedFence permits CalcBlock, CalcTableBlock, EquationBlock, ChartBlock {
    DirectiveBlock(FencedCodeBlock fence) {
        super(fence);
    }
}
