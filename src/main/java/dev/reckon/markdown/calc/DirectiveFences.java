package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.reckon.markdown.page.ClaimedFence;
import dev.reckon.markdown.page.FenceClaims;
import java.util.Locale;

/** Claims the fences whose info string names a directive (in any letter case) as directive nodes. */
final class DirectiveFences extends FenceClaims {
    @Override
    protected ClaimedFence claim(FencedCodeBlock fence) {
        return switch (fence.getInfo().toString().trim().toLowerCase(Locale.ROOT)) {
            case "calc" -> new CalcBlock(fence, false);
            case "calc show" -> new CalcBlock(fence, true);
            case "calc-table" -> new CalcTableBlock(fence);
            case "equation" -> new EquationBlock(fence);
            case "chart" -> new ChartBlock(fence);
            default -> null;
        };
    }
}
