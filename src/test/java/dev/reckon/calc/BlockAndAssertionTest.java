package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockAndAssertionTest {
    private final Session session = TestData.calculator().newSession();

    private List<ListingLine> run(String block) {
        String first = block.lines().findFirst().orElse("");
        return session.runBlock(block, Origin.of("post.md", 10, 1, first));
    }

    private CalcException failure(String block) {
        return assertThrows(CalcException.class, () -> run(block));
    }

    @Test
    void listingHasOneLinePerDefinitionOrAssertion() {
        List<ListingLine> lines = run("""
                # Llama 3.1 405B in FP32
                params = llama31_405b.params

                weights = params * fp32.bytes   # all weights
                per_gpu(total, n) = total / n
                share = per_gpu(weights, 8) -> GB | sig 2
                assert weights ≈ 1.6 TB within 5%
                """);
        assertEquals(5, lines.size());
        assertEquals(List.of("params = llama31_405b.params", "4.05\u00A0×\u00A010¹¹\u00A0params", "4.05 \\times 10^{11}\\,\\text{params}"), shown(lines.get(0)));
        assertEquals(List.of("weights = params * fp32.bytes", "1.62\u00A0TB", "1.62\\,\\text{TB}"), shown(lines.get(1)));
        assertEquals("per_gpu(total, n) = total / n", lines.get(2).source());
        assertNull(lines.get(2).text());
        assertNull(lines.get(2).tex());
        assertEquals("200\u00A0GB", lines.get(3).text());
        assertEquals(List.of("assert weights ≈ 1.6 TB within 5%", "1.62\u00A0TB ✓", "1.62\\,\\text{TB}\\ \\checkmark"), shown(lines.get(4)));
    }

    @Test
    void laterBlocksSeeEarlierNames() {
        run("a = 2 h");
        assertEquals("7,200\u00A0s", session.value("a -> s | sig 4", Origin.inline("")).text());
        assertEquals("3\u00A0h", session.value("a + 1 h + 3600 s - 1 h", Origin.inline("")).text());
    }

    @Test
    void redefinitionIsAnError() {
        run("a = 1");
        CalcException e = failure("b = 2\na = 3");
        assertEquals("'a' is already defined", e.diagnostic().message());
        assertEquals("post.md:11:1", e.diagnostic().span().location());
        assertEquals("it was defined at post.md:10:1; choose another name", e.diagnostic().hint());
    }

    @Test
    void namesCannotShadowDataOrFunctions() {
        assertEquals("'h200' is a data record", failure("h200 = 3").diagnostic().message());
        assertEquals("'sqrt' is a built-in function", failure("sqrt = 3").diagnostic().message());
    }

    @Test
    void errorsInLaterLinesKeepTheirLineAndIndentation() {
        Origin first = Origin.of("post.md", 5, 3, "> a = 1");
        CalcException e = assertThrows(CalcException.class, () -> session.runBlock("a = 1\nb = a + 1 s", first));
        assertEquals("""
                error: cannot add a dimensionless number and s (time)
                 --> post.md:6:7
                  |
                6 | > b = a + 1 s
                  |       ^^^^^^^
                  = hint: convert one side, or check the units of 'a'
                """, e.render());
    }

    @Test
    void everyFailingLineIsReportedButNotTheUsesOfItsName() {
        CalcException e = failure("""
                mem = h200_sxm.memry
                fits = mem / 2
                t = 1 B + 1 s
                ok = 3 GB
                half(x) = x / t
                assert ok ≈ 9 GB within 5%
                """);
        assertEquals(List.of(
                        "post.md:10:16 'h200_sxm' (H200 SXM) has no figure 'memry'",
                        "post.md:12:5 cannot add B (information) and s (time)",
                        "post.md:15:1 assertion failed: ok = 3\u00A0GB, expected ≈ 9 GB within 5%"),
                e.diagnostics().stream().map(d -> d.span().location() + " " + d.message()).toList());
        assertEquals("3\u00A0GB", session.value("ok", Origin.inline("ok")).text(), "lines after a failure still run");
        CalcException later = assertThrows(CalcException.class, () -> session.value("fits * 2", Origin.inline("fits * 2")));
        assertEquals(true, later.consequential(), "a use of a failed name is not a new error: " + later.getMessage());
        assertEquals(true, assertThrows(CalcException.class, () -> session.value("half(2)", Origin.inline("half(2)"))).consequential());
        CalcException typo = assertThrows(CalcException.class, () -> session.value("fitz", Origin.inline("fitz")));
        assertEquals(false, typo.consequential(), "a name never defined is still an error");
    }

    @Test
    void aFailedRedefinitionDoesNotHideTheMeaningTheNameAlreadyHas() {
        CalcException e = failure("sqrt = 2\nroot = sqrt(4 B)");
        assertEquals(List.of("'sqrt' is a built-in function", "cannot take the square root of B (information)"),
                e.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void aBlockOfOnlyConsequencesStillFailsForTheCallerToShow() {
        assertThrows(CalcException.class, () -> run("x = h200_sxm.memry"));
        CalcException later = failure("y = x * 2");
        assertEquals(true, later.consequential());
        assertEquals("'x' could not be defined", later.diagnostic().message());
    }

    @Test
    void badLineSaysWhatALineMayBe() {
        CalcException e = failure("2 + 2");
        assertEquals("expected a definition or an assertion", e.diagnostic().message());
    }

    @Test
    void approximateAssertionFailureShowsActualAndExpected() {
        CalcException e = failure("weights = 405e9 param * 4 B/param\nassert weights ≈ 1.5 TB within 5%");
        assertEquals("""
                error: assertion failed: weights = 1.62\u00A0TB, expected ≈ 1.5 TB within 5%
                  --> post.md:11:1
                   |
                11 | assert weights ≈ 1.5 TB within 5%
                   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                   = hint: actual differs from expected by +8.0% (allowed ±5%)
                """, e.render());
    }

    @Test
    void defaultToleranceIsFivePercent() {
        run("x = 104 GB\nassert x ~= 100 GB");
        CalcException e = failure("y = 106 GB\nassert y ~= 100 GB");
        assertEquals("assertion failed: y = 106\u00A0GB, expected ≈ 100 GB within 5%", e.diagnostic().message());
    }

    @Test
    void absoluteTolerance() {
        run("x = 1.62 TB\nassert x ≈ 1.6 TB within 0.1 TB");
        CalcException e = failure("y = 1.62 TB\nassert y ≈ 1.5 TB within 0.1 TB");
        assertEquals("actual differs from expected by +0.120\u00A0TB (allowed ±0.1 TB)", e.diagnostic().hint());
    }

    @Test
    void orderingAndExactComparisons() {
        run("""
                x = 2 s
                assert x < 3 s
                assert x <= 2000 ms
                assert x > 1 s
                assert x >= 2 s
                assert x == 2000 ms
                assert 0.1 + 0.2 == 0.3
                """);
        CalcException e = failure("assert 3 s < 2 s");
        assertEquals("assertion failed: 3\u00A0s, expected < 2 s", e.diagnostic().message());
        assertEquals("actual 3.00\u00A0s, expected 2.00\u00A0s, difference +1.00\u00A0s", e.diagnostic().hint());
    }

    @Test
    void assertionAcrossDimensionsIsADimensionError() {
        CalcException e = failure("assert 1 TB < 2 s");
        assertEquals("cannot compare B (information) and s (time)", e.diagnostic().message());
    }

    @Test
    void functionBodiesAreCheckedWhenDefined() {
        CalcException e = failure("train_time(c, rate) = c / rte");
        assertEquals("unknown name 'rte' in function 'train_time'", e.diagnostic().message());
        assertEquals("did you mean 'rate'?", e.diagnostic().hint());
        assertEquals("post.md:10:27", e.diagnostic().span().location());
        run("later(x) = x * h200.memory / 1 s");
    }

    @Test
    void recursionIsBounded() {
        CalcException e = failure("f(x) = f(x) + 1\ny = f(1)");
        assertEquals("function calls nest too deeply (more than 64)", e.diagnostic().message());
    }

    @Test
    void defineBindsFromOutsideAndMayRebind() {
        run("y(x) = 2 * x");
        session.define("x", Quantity.of(3, Dimension.TIME));
        assertEquals(6, session.evaluate("y(x)", Origin.inline("")).value());
        session.define("x", Quantity.of(4, Dimension.TIME));
        assertEquals(Quantity.of(8, Dimension.TIME), session.evaluate("y(x)", Origin.inline("")));
    }

    @Test
    void evaluateWithShadowsForOneEvaluationAndLeavesNoTrace() {
        run("n = 5 param\nloss(n) = 10 param / n");
        Quantity sampled = session.evaluateWith("n", Quantity.of(2, Dimension.PARAM), "loss(n) * n", Origin.inline(""));
        assertEquals(Quantity.of(10, Dimension.PARAM), sampled);
        assertEquals(Quantity.of(5, Dimension.PARAM), session.evaluate("n", Origin.inline("")));
        session.evaluateWith("fresh", Quantity.dimensionless(1), "fresh", Origin.inline(""));
        CalcException e = assertThrows(CalcException.class, () -> session.evaluate("fresh", Origin.inline("")));
        assertEquals("unknown name 'fresh'", e.diagnostic().message());
    }

    private static List<String> shown(ListingLine line) {
        return List.of(line.source(), line.text(), line.tex());
    }
}
