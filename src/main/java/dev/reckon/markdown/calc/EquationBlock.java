package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.Labelled;

/** {@code ```equation}: an expression displayed as the equation the engine derives for it; {@code ```equation {#eq-x}} numbers it. */
public final class EquationBlock extends DirectiveBlock implements Labelled {
    EquationBlock(FencedCodeBlock fence) {
        super(fence);
    }

    @Override
    public Kind kind() {
        return Kind.EQUATION;
    }
}
