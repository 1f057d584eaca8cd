package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;

/** {@code ```calc-table}: a table computed from data, one row per record or value. */
public final class CalcTableBlock extends DirectiveBlock {
    CalcTableBlock(FencedCodeBlock fence) {
        super(fence);
    }
}
