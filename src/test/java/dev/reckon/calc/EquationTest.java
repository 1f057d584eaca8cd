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
        assertEquals("405 \\times 10^{9}\\,\\text{parameters} \\times 4\\,\\text{bytes/parameter}"
                + " = 1.62 \\times 10^{12}\\,\\text{bytes} \\approx 1.6\\,\\text{TB}", eq("params * fp32.bytes -> TB | sig 2"));
    }

    @Test
    void compoundNameIsExpandedOneLevel() {
        assertEquals("\\mathrm{weights} = 405 \\times 10^{9}\\,\\text{parameters} \\times 4\\,\\text{bytes/parameter}"
                + " = 1.62 \\times 10^{12}\\,\\text{bytes} \\approx 1.6\\,\\text{TB}", eq("weights -> TB | sig 2"));
    }

    @Test
    void divisionBecomesAFraction() {
        assertEquals("\\frac{314 \\times 10^{21}\\,\\text{FLOP}}{989.5 \\times 10^{12}\\,\\text{FLOP/s}}"
                + " = 3.17 \\times 10^{8}\\,\\text{s} \\approx 10.1\\,\\text{years}", eq("c / rate -> years"));
    }

    @Test
    void approximationIsOmittedWhenNothingWasRounded() {
        assertEquals("\\frac{314 \\times 10^{21}\\,\\text{FLOP}}{989.5 \\times 10^{12}\\,\\text{FLOP/s}}"
                + " = 3.17 \\times 10^{8}\\,\\text{s}", eq("c / rate"));
        assertEquals("2 \\times 3 = 6.00", eq("2 * 3"));
    }

    @Test
    void parenthesesAreKeptWhereNeeded() {
        assertEquals("\\left(405 \\times 10^{9}\\,\\text{parameters} + 1 \\times 10^{9}\\,\\text{parameters}\\right)"
                + " \\times 2\\,\\text{bytes/parameter} = 8.12 \\times 10^{11}\\,\\text{bytes} \\approx 812\\,\\text{GB}",
                eq("(params + 1e9 param) * bf16.bytes"));
        assertEquals("2 - \\left(3 - 1\\right) = 0", eq("2 - (3 - 1)"));
        assertEquals("\\left(2 + 1\\right)^{2} = 9.00", eq("(2 + 1)^2"));
    }

    @Test
    void symbolicShowsNamesWithEscapedUnderscores() {
        assertEquals("\\mathrm{params} \\times \\mathrm{bytes\\_per\\_param} = 1.6\\,\\text{TB}",
                eq("params * bytes_per_param -> TB | symbolic, sig 2"));
        assertEquals("\\frac{\\text{gpt3.train\\_flops}}{\\text{h200.bf16.dense}} = 3{,}670\\,\\text{days}",
                eq("gpt3.train_flops / h200.bf16.dense -> days | symbolic"));
    }

    @Test
    void functionsRenderAsMath() {
        assertEquals("\\operatorname{train\\_time}\\left(314 \\times 10^{21}\\,\\text{FLOP}, 989.5 \\times 10^{12}\\,\\text{FLOP/s}\\right)"
                + " = 3.17 \\times 10^{8}\\,\\text{s} \\approx 3{,}670\\,\\text{days}", eq("train_time(c, rate) -> days"));
        assertEquals("\\sqrt{4\\,\\text{s}^{2}} = 2.00\\,\\text{s}", eq("sqrt(4 s^2)"));
    }
}
