package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17 item 7: the standard formulas come out in FLOP and bytes without unit tricks. */
class UnitAlgebraTest {
    private final Session session = TestData.calculator(TestData.llama70b()).newSession();

    @BeforeEach
    void define() {
        session.runBlock("""
                N = 405e9 param
                D = 15.6e12 token
                """, Origin.inline("N = 405e9 param"));
    }

    private String value(String spec) {
        return TestData.plain(session.value(spec, Origin.inline(spec)).text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            6 * N * D                                        ; 3.79 × 10²⁵ FLOP
            N * D * 6                                        ; 3.79 × 10²⁵ FLOP
            6 * N * D / (989.5 TFLOP/s) / 16384 / 0.4        ; 67.7 days
            2 * N                                            ; 8.1 × 10¹¹ params
            2 * N -> FLOP/token                              ; 8.1 × 10¹¹ FLOP/token
            3.8e25 FLOP / (6 * N)                            ; 1.56 × 10¹³ tokens
            989.5 TFLOP/s / (2 * N)                          ; 1.22 × 10³ tokens/s
            100 token/s * 6 * N / (989.5 TFLOP/s) -> %       ; 24.6%
            20 token/param * N                               ; 8.1 × 10¹² tokens
            N * bf16.bytes                                   ; 810 GB
            2 * bf16.bytes * N                               ; 1.62 TB
            N * 2 * bf16.bytes                               ; 1.62 TB
            2 * 80 * 8 * 128 * bf16.bytes                    ; 328 kB
            2 * 80 * 8 * 128 * bf16.bytes * 131072 token     ; 42.9 GB
            2 * 80 * 8 * 128 * bf16.bytes * 131072           ; 42.9 GB
            2 * 80 * 8 * 128 * bf16.bytes -> KiB             ; 320 KiB
            fp32.bytes                                       ; 4 B/param
            h200.memory / N                                  ; 0.348 B/param
            """)
    void standardFormulasHaveStandardUnits(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void assertionsAndConversionsUseTheIdentity() {
        session.runBlock("assert 6 * N * D ≈ 3.8e25 FLOP within 1%\nassert 2 * 80 * 8 * 128 * bf16.bytes == 320 KiB",
                Origin.inline("assert"));
    }

    @Test
    void dimensionsThatDifferStillDiffer() {
        assertEquals("cannot add token (token) and FLOP (flop)", message("1 token + 1 FLOP"));
        assertEquals("cannot convert FLOP/s (compute throughput) to token/s (token/time)", message("989.5 TFLOP/s -> token/s"));
        assertEquals("cannot add B/param (information/param) and B (information)", message("fp32.bytes + 1 B"));
        assertEquals("cannot add param (param) and token (token)", message("N + D"));
    }

    private String message(String spec) {
        return assertThrows(CalcException.class, () -> value(spec)).diagnostic().message();
    }
}
