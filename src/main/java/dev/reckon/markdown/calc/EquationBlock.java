package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;

/** {@code ```equation}: an expression displayed as the equation the engine derives for it. */
public final class EquationBlock extends DirectiveBlock {
    EquationBlock(FencedCodeBlock fence) {
        super(fence);
    }
}
