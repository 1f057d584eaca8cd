package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Labelled;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ```chart}: a chart spec, drawn as inline SVG. It is numbered as a figure when labelled, in
 * the info string ({@code ```chart {#fig-x}}, {@code ```{.chart #fig-x}}) or by a {@code label: fig-x}
 * line of the spec, which the chart itself never sees.
 */
public final class ChartBlock extends DirectiveBlock implements Labelled {
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^[ \\t]*label[ \\t]*:[ \\t]*(\\S*)[ \\t]*$");

    ChartBlock(FencedCodeBlock fence) {
        super(fence);
    }

    @Override
    public Kind kind() {
        return Kind.FIGURE;
    }

    @Override
    public BasedSequence getLabel() {
        BasedSequence fromInfo = super.getLabel();
        if (!fromInfo.isNull()) {
            return fromInfo;
        }
        Matcher m = LABEL_LINE.matcher(body());
        return m.find() ? body().subSequence(m.start(1), m.end(1)) : BasedSequence.NULL;
    }

    /** The spec for the chart: the body with a {@code label:} line blanked, so every other line keeps its place. */
    String spec() {
        String body = body().toString();
        Matcher m = LABEL_LINE.matcher(body);
        return m.find() ? body.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + body.substring(m.end()) : body;
    }
}
