package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EquationTest {
    private Session session;

    @BeforeEach
    void defineNames() {
        session = TestData.calculator().newSession();
        session.runBlock("""
                params = 405e9 param
                bytes_per_param = fp32.bytes
                weights = params * bytes_per_param
                c = gpt3.train_flops
                rate = h200.bf16.dense
                train_time(c, rate) = c / rate
                """, Origin.of("post.md", 1, 1, "params = 405e9 param"));
    }

    private String eq(String spec) {
        return session.equation(spec, Origin.inline(spec));
    }

    @Test
    void substitutesInputsWithUnitsThenExactThenRounded() {
        assertEquals("4.05 \\times 10^{11}\\,\\text{params} \\times 4\\,\\text{B/param}"
                + " = 1.62\\,\\text{TB} \\approx 1.6\\,\\text{TB}", eq("params * fp32.bytes -> TB | sig 2"));
    }

    @Test
    void compoundNameIsExpandedOneLevel() {
        assertEquals("\\mathrm{weights} = 4.05 \\times 10^{11}\\,\\text{params} \\times 4\\,\\text{B/param}"
                + " = 1.62\\,\\text{TB} \\approx 1.6\\,\\text{TB}", eq("weights -> TB | sig 2"));
    }

    @Test
    void divisionBecomesAFraction() {
        assertEquals("\\frac{3.14 \\times 10^{23}\\,\\text{FLOP}}{989.5\\,\\text{TFLOP/s}}"
                + " = 10.0556\\,\\text{years} \\approx 10.1\\,\\text{years}", eq("c / rate -> years"));
    }

    @Test
    void approximationIsOmittedWhenNothingWasRounded() {
        assertEquals("4.05 \\times 10^{11}\\,\\text{params} \\times 2\\,\\text{B/param} = 810\\,\\text{GB}",
                eq("params * bf16.bytes"));
        assertEquals("2 \\times 3 = 6", eq("2 * 3"));
    }

    @Test
    void parenthesesAreKeptWhereNeeded() {
        assertEquals("\\left(4.05 \\times 10^{11}\\,\\text{params} + 1 \\times 10^{9}\\,\\text{params}\\right)"
                + " \\times 2\\,\\text{B/param} = 812\\,\\text{GB}",
                eq("(params + 1e9 param) * bf16.bytes"));
        assertEquals("2 - \\left(3 - 1\\right) = 0", eq("2 - (3 - 1)"));
        assertEquals("\\left(2 + 1\\right)^{2} = 9", eq("(2 + 1)^2"));
    }

    @Test
    void symbolicShowsNamesWithEscapedUnderscores() {
        assertEquals("\\mathrm{params} \\times \\mathrm{bytes\\_per\\_param} = 1.6\\,\\text{TB}",
                eq("params * bytes_per_param -> TB | symbolic, sig 2"));
        assertEquals("\\frac{\\text{gpt3.train\\_flops}}{\\text{h200.bf16.dense}} = 3.67 \\times 10^{3}\\,\\text{days}",
                eq("gpt3.train_flops / h200.bf16.dense -> days | symbolic"));
    }

    @Test
    void functionsRenderAsMath() {
        assertEquals("\\operatorname{train\\_time}\\left(3.14 \\times 10^{23}\\,\\text{FLOP}, 989.5\\,\\text{TFLOP/s}\\right)"
                + " = 3{,}672.82\\,\\text{days} \\approx 3.67 \\times 10^{3}\\,\\text{days}", eq("train_time(c, rate) -> days"));
        assertEquals("\\sqrt{4\\,\\text{s}^{2}} = 2\\,\\text{s}", eq("sqrt(4 s^2)"));
    }

    /** Issue 17 item 8: the notation of prose, the author's precision on the result, no ≈ that repeats itself. */
    @Test
    void substitutedValuesReadLikeProse() {
        session.runBlock("gpus = 16384 GPU\nt = 54 day", Origin.inline("gpus = 16384 GPU"));
        assertEquals("16{,}384\\,\\text{GPUs} \\times 54\\,\\text{days} = 2.12337 \\times 10^{7}\\,\\text{GPU-hours}"
                + " \\approx 2.12 \\times 10^{7}\\,\\text{GPU-hours}", eq("gpus * t"));
        assertEquals("\\frac{989.5\\,\\text{TFLOP/s}}{4.8\\,\\text{TB/s}} = 206.146\\,\\text{FLOP/B} \\approx 206\\,\\text{FLOP/B}",
                eq("h200.bf16.dense / h200.bandwidth -> FLOP/B | sig 3"));
        assertEquals("\\frac{989.5\\,\\text{TFLOP/s}}{4.8\\,\\text{TB/s}} = 206.146\\,\\text{FLOP/B} \\approx 206.1\\,\\text{FLOP/B}",
                eq("h200.bf16.dense / h200.bandwidth -> FLOP/B | dp 1"));
        assertEquals("4.05 \\times 10^{11}\\,\\text{params} \\times 4\\,\\text{B/param} = 1.62\\,\\text{TB} \\approx 2\\,\\text{TB}",
                eq("params * fp32.bytes -> TB | dp 0"));
    }
}
