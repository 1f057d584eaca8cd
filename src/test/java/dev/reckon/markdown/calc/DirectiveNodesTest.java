package dev.reckon.markdown.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.markdown.math.MathFence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives parse into nodes of their own, with exactly CommonMark's fence and code-span syntax. */
class DirectiveNodesTest {
    private static final Parser PARSER = parser(true);

    private static Parser parser(boolean withCalculator) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(MathExtension.create(), CalcExtension.create()));
        if (withCalculator) {
            options.set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled()));
        }
        return Parser.builder(options).build();
    }

    /** Every node's class and, for a fence or code span, what it holds: "ClassName[text]". */
    private static List<String> nodes(Parser parser, String markdown) {
        List<String> out = new ArrayList<>();
        for (Node node : parser.parse(markdown).getDescendants()) {
            if (node instanceof FencedCodeBlock fence) {
                out.add(node.getClass().getSimpleName() + "[" + fence.getContentChars().trimEnd() + "]");
            } else if (node instanceof Code code) {
                out.add(node.getClass().getSimpleName() + "[" + code.getText() + "]");
            }
        }
        return out;
    }

    @Test
    void eachDirectiveFenceIsItsOwnNodeInAnyLetterCaseAndFenceStyle() {
        assertEquals(List.of("CalcBlock[a = 1]", "CalcBlock[b = 2]", "CalcTableBlock[rows: x]", "EquationBlock[a * b]",
                        "ChartBlock[type: line]", "CalcBlock[c = 3]", "CalcBlock[d = 4]", "MathFence[x^2]"),
                nodes(PARSER, "```calc\na = 1\n```\n\n```calc show\nb = 2\n```\n\n```calc-table\nrows: x\n```\n\n"
                        + "```equation\na * b\n```\n\n```chart\ntype: line\n```\n\n~~~CALC\nc = 3\n~~~\n\n"
                        + "````Calc Show\nd = 4\n````\n\n```math\nx^2\n```\n"));
    }

    @Test
    void calcShowIsAListedCalcBlock() {
        Node shown = PARSER.parse("```calc show\nb = 2\n```\n").getFirstChild();
        Node hidden = PARSER.parse("```calc\nb = 2\n```\n").getFirstChild();
        assertTrue(((CalcBlock) shown).isShown());
        assertFalse(((CalcBlock) hidden).isShown());
    }

    @Test
    void otherInfoStringsStayPlainCode() {
        assertEquals(List.of("FencedCodeBlock[x]", "FencedCodeBlock[y]", "FencedCodeBlock[z]", "FencedCodeBlock[w]"),
                nodes(PARSER, "```calc  show\nx\n```\n\n```calc show more\ny\n```\n\n```python\nz\n```\n\n```MATH\nw\n```\n"));
    }

    @Test
    void fencesNestedInListsAndQuotesAreClaimedWithTheirIndentRemoved() {
        assertEquals(List.of("CalcBlock[x = 1]", "EquationBlock[x + 1]"),
                nodes(PARSER, "- item\n\n  ```calc show\n  x = 1\n  ```\n\n> ```equation\n> x + 1\n> ```\n"));
    }

    @Test
    void directiveSpansFollowCodeSpanRules() {
        assertEquals(List.of("InlineValue[= a]", "InlineEquation[$= b]", "InlineValue[= c`d]", "Code[=e]", "Code[ = f]",
                        "Code[x = 1]"),
                nodes(PARSER, "`= a` `$= b` ``= c`d`` `=e` `` = f`` `x = 1` `= never closed"));
    }

    @Test
    void aDirectiveSpanKeepsItsTextAsACodeSpanDoes() {
        InlineDirective value = (InlineDirective) PARSER.parse("see `= h200.memory ->  GB  ` here").getFirstChild()
                .getChildOfType(InlineValue.class);
        assertEquals("h200.memory ->  GB", value.expression().toString());
        assertTrue(value.getFirstChild() instanceof Text text && text.getChars().toString().equals("= h200.memory ->  GB  "));
    }

    @Test
    void withoutACalculatorDirectivesAreOrdinaryCode() {
        assertEquals(List.of("FencedCodeBlock[a = 1]", "Code[= b]", "MathFence[x]"),
                nodes(parser(false), "```calc\na = 1\n```\n\n`= b`\n\n```math\nx\n```\n"));
    }
}
