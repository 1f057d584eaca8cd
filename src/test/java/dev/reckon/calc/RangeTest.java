package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, "Ranges": range literals, interval arithmetic, printing, assertions and data figures. */
class RangeTest {
    private static Calculator calculator() {
        return TestData.calculator(TestData.record("llama31_405b_run", "model", "Llama 3.1 405B run", List.of(), "data/runs.yaml",
                "mfu", "38..43 %",
                "duration", "67..77 day",
                "train_flops", "1.5e25..2.5e25 FLOP"));
    }

    private final Session session = calculator().newSession();

    private String value(String spec) {
        return TestData.plain(session.value(spec, Origin.inline(spec)).text());
    }

    private Quantity eval(String expr) {
        return session.evaluate(expr, Origin.inline(expr));
    }

    private CalcException failure(String block) {
        return assertThrows(CalcException.class, () -> session.runBlock(block, Origin.of("post.md", 1, 1, block.lines().findFirst().orElse(""))));
    }

    @Test
    void aLiteralIsARangeWithOneUnit() {
        Quantity q = eval("38..43 %");
        assertTrue(q.isRange());
        assertEquals(0.38, q.low(), 1e-12);
        assertEquals(0.43, q.high(), 1e-12);
        assertEquals(0.405, q.value(), 1e-12);
        assertEquals(Dimension.TIME, eval("67..77 day").dimension());
        assertFalse(eval("40 %").isRange());
    }

    @ParameterizedTest(name = "{0} -> [{1}, {2}]")
    @CsvSource(delimiter = ';', textBlock = """
            1..2 + 10..20          ; 11    ; 22
            10..20 - 1..2          ; 8     ; 19
            -2..3 * 4              ; -8    ; 12
            -2..3 * -1..2          ; -4    ; 6
            1 / 2..4               ; 0.25  ; 0.5
            2..4 / 1..2            ; 1     ; 4
            -(1..2)                ; -2    ; -1
            -3..-1                 ; -3    ; -1
            (-2..3) ^ 2            ; 0     ; 9
            (-2..3) ^ 3            ; -8    ; 27
            (1..4) ^ 0.5           ; 1     ; 2
            2 ^ (1..3)             ; 2     ; 8
            (2..4) ^ -1            ; 0.25  ; 0.5
            sqrt(4..9)             ; 2     ; 3
            log10(10..1000)        ; 1     ; 3
            abs(-3..2)             ; 0     ; 3
            abs(-3..-2)            ; 2     ; 3
            min(1..5, 2..3)        ; 1     ; 3
            max(1..5, 2..3)        ; 2     ; 5
            max(1..2, 3)           ; 3     ; 3
            ceil(1.2..2.5)         ; 2     ; 3
            range(2, 3) * 2        ; 4     ; 6
            """)
    void arithmeticPropagatesTheBounds(String expr, double low, double high) {
        Quantity q = eval(expr);
        assertEquals(low, q.low(), 1e-9, "low");
        assertEquals(high, q.high(), 1e-9, "high");
    }

    @Test
    void aPointStaysAPoint() {
        Quantity q = eval("2 * 3 s + 1 s");
        assertFalse(q.isRange());
        assertEquals(Quantity.of(7, Dimension.TIME), q);
        assertEquals(Quantity.of(0, Dimension.NONE), eval("(1..2) * 0"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            67..77 day -> days                     ; 67–77 days
            38..43 % -> %                          ; 38–43%
            1.5e25..2.5e25 FLOP                    ; 1.5–2.5 × 10²⁵ FLOP
            1e3..1e6 FLOP                          ; 1 × 10³ to 1 × 10⁶ FLOP
            -5..3 s -> s                           ; −5 to 3 s
            80..141 GB                             ; 80–141 GB
            999..1001 GB | sig 2                   ; 0.999–1.00 TB
            1.001..1.002 | sig 3                   ; 1.001–1.002
            """)
    void rangesPrintAsRanges(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void texUsesAnEnDash() {
        assertEquals("67\\text{--}77\\,\\text{days}", session.value("67..77 day -> days", Origin.inline("")).tex());
    }

    @Test
    void dataFiguresMayBeRanges() {
        assertEquals("38–43%", value("llama31_405b_run.mfu -> %"));
        assertEquals("1.5–2.5 × 10²⁵ FLOP", value("llama31_405b_run.train_flops"));
        Quantity perGpu = eval("llama31_405b_run.train_flops / (llama31_405b_run.mfu * h200.bf16.dense)");
        assertEquals(1.5e25 / (0.43 * 989.5e12), perGpu.low(), 1e3);
        assertEquals(2.5e25 / (0.38 * 989.5e12), perGpu.high(), 1e3);
    }

    @Test
    void rangeFiguresLoadFromASiteDataFile(@TempDir Path root) throws IOException {
        Path file = root.resolve("content/data/runs.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                kind: model
                records:
                  run_a:
                    name: Run A
                    source: https://example.com/paper
                    confirmed: S
                    data:
                      mfu: {value: 38..43 %, estimate: true}
                      duration: 67..77 day
                      gpu_hours: 30.84e6 GPU*h
                """);
        DataSet data = DataSetLoader.withSiteFiles(DataSetLoader.bundled(), root, List.of(file));
        Session s = new Calculator(data).newSession();
        assertEquals("38–43%", s.value("run_a.mfu -> %", Origin.inline("")).text());
        assertEquals("67–77\u00A0days", s.value("run_a.duration -> days", Origin.inline("")).text());
        assertEquals("3.08\u00A0×\u00A010⁷\u00A0GPU-hours", s.value("run_a.gpu_hours", Origin.inline("")).text());
    }

    @Test
    void anAssertionOverARangeMustSayForAllOrForSome() {
        CalcException e = failure("mfu = 38..43 %\nassert mfu < 45 %");
        assertEquals("'mfu' is a range (38–43%): say whether the assertion must hold for all of its values or for some",
                e.diagnostic().message());
        assertEquals("post.md:2:8", e.diagnostic().span().location());
    }

    @Test
    void forAllDemandsTheWholeRangeForSomeOneValue() {
        List<ListingLine> ok = session.runBlock("""
                mfu = 38..43 %
                assert mfu < 45 % for all
                assert mfu > 42 % for some
                assert mfu ≈ 40 % within 10% for all
                assert mfu ≈ 44 % for some
                assert 40 % < mfu for some
                assert 1 s < 2 s for all
                assert mfu == 35..40 % for some
                """, Origin.of("post.md", 1, 1, "mfu = 38..43 %"));
        assertEquals("38–43% ✓", ok.get(1).text());
        CalcException e = failure("x = 38..43 %\nassert x < 40 % for all");
        assertEquals("assertion failed for all values: x = 38–43%, expected < 40 %", e.diagnostic().message());
        e = failure("y = 38..43 %\nassert y > 45 % for some");
        assertEquals("assertion failed for any value: y = 38–43%, expected > 45 %", e.diagnostic().message());
        e = failure("z = 38..43 %\nassert z ≈ 40 % within 5% for all");
        assertEquals("assertion failed for all values: z = 38–43%, expected ≈ 40 % within 5%", e.diagnostic().message());
        e = failure("w = 38..43 %\nassert w ≈ 50 % for some");
        assertEquals("the ranges are 7.00% apart (allowed ±5%)", e.diagnostic().hint());
    }

    @Test
    void mistakesAreExplained() {
        assertEquals("the range's ends are reversed", failure("a = 43..38 %").diagnostic().message());
        assertEquals("write the low end first: 38..43", failure("b = 43..38 %").diagnostic().hint());
        assertEquals("a range needs two different ends", failure("c = 4..4 s").diagnostic().message());
        assertEquals("'..' makes a range only between two numbers", failure("d = 38 % .. 43 %").diagnostic().message());
        assertEquals("division by a range that includes zero", failure("e = 1 / (-1..1)").diagnostic().message());
        assertEquals("expected 'all' or 'some' after 'for', found 'every'", failure("assert 1 < 2 for every").diagnostic().message());
    }
}
