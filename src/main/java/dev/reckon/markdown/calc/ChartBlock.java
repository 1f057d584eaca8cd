package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;

/** {@code ```chart}: a chart spec, drawn as inline SVG. */
public final class ChartBlock extends DirectiveBlock {
    ChartBlock(FencedCodeBlock fence) {
        super(fence);
    }
}
