package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.Diagnostic;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.MathRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The math and directive parsers inside flexmark on arbitrary text: every problem must come back
 * as a diagnostic; nothing may escape. KaTeX itself is fuzzed by its own project and costs
 * milliseconds a call, so here formulas go to a renderer that only echoes the TeX: the parsers
 * deciding what is a formula, a directive or prose are the code under test.
 */
class MarkdownFuzzTest {
    private static final MathRenderer ECHO = (tex, display) -> "<m>" + tex.length() + "</m>";
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, ECHO)
            .set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled())));
    private static final String[] MATH = {
            "%s", "Inline $%s$ math, $$%s$$ too.", "$$\n%s\n$$", "```math\n%s\n```", "> $%s\n\n- $a$ %s",
    };
    private static final String[] DIRECTIVES = {
            "`= %s`", "`$= %s`", "```calc\n%s\n```", "```calc show\n%s\n```", "```equation\n%s\n```",
            "```calc-table\n%s\n```", "```chart\n%s\n```", "```calc\nx = 2 TB\nf(a) = a * 2\n```\n\n%s",
    };

    /** Where a formula starts and ends: dollars, escapes, code spans, fences. */
    @FuzzTest
    void inlineAndDisplayMath(FuzzedDataProvider data) {
        render(data.pickValue(MATH), data.consumeRemainingAsString());
    }

    /** Inline values, equations, calc blocks, tables and charts, each given arbitrary text. */
    @FuzzTest
    void directives(FuzzedDataProvider data) {
        render(data.pickValue(DIRECTIVES), data.consumeRemainingAsString());
    }

    /** Found by the seed corpus: flexmark's text collector tripped its own assertion on this mix. */
    @Test
    void escapedDollarAfterMathBeforeADisplayBlockCountsWords() {
        String body = "Inline $a_1 * b_1$ and $$x^2$$ and \\$5.\n\n$$\nx\n$$";
        RenderedMarkdown out = MARKDOWN.render("fuzz.md", body, 1, body.split("\n", -1));
        assertEquals(List.of(), out.problems());
        assertEquals(4, out.words(), "Inline, and, and, \\$5.");
    }

    /** Found by the math target: flexmark's link-label regex backtracks exponentially on this. */
    @Test
    void anUnclosedBracketWithManyEscapesIsAnErrorNotAHang() {
        String body = "Intro.\n\n[" + "\\!".repeat(40) + "\n";
        RenderedMarkdown out = MARKDOWN.render("fuzz.md", body, 1, body.split("\n", -1));
        assertEquals("fuzz.md:3:1", out.problems().get(0).span().location());
        String closed = "[" + "\\!".repeat(40) + "](https://example.org)\n";
        assertEquals(List.of(), MARKDOWN.render("fuzz.md", closed, 1, closed.split("\n", -1)).problems());
    }

    private static void render(String wrapper, String text) {
        String body = wrapper.replace("%s", text);
        RenderedMarkdown out = MARKDOWN.render("fuzz.md", body, 1, body.split("\n", -1));
        for (Diagnostic d : out.problems()) {
            d.render();
        }
    }
}
