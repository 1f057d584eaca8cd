package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormattingTest {
    private static final Calculator CALC = TestData.calculator();

    private static Rendered value(String spec) {
        Session s = CALC.newSession();
        s.runBlock("""
                params = 405e9 param
                c = 3.14e23 FLOP
                rate = 989.5 TFLOP/s""", Origin.of("t.md", 1, 1, "params = 405e9 param"));
        return s.value(spec, Origin.inline(spec));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            405e9 param * 4 B/param -> TB            ; 1.62 TB
            405e9 param * 4 B/param                  ; 1.62 TB
            405e9 param * 4 B/param -> TB | sig 2    ; 1.6 TB
            params * fp32.bytes                      ; 1.62 TB
            1.6 TB | sig 3                           ; 1.60 TB
            1 TiB -> GB                              ; 1.10 × 10³ GB
            1 TiB -> GB | sig 4                      ; 1,100 GB
            1 TiB -> GB | dp 1                       ; 1,099.5 GB
            1 TiB                                    ; 1.10 TB
            1 TiB -> GiB                             ; 1,024 GiB
            1 TiB -> GiB | sig 4                     ; 1,024 GiB
            3.14e23 FLOP / 989.5 TFLOP/s             ; 10.1 years
            3.14e23 FLOP / 989.5 TFLOP/s -> years    ; 10.1 years
            c / rate -> days | dp 0                  ; 3,673 days
            989.5 TFLOP/s | sig 4                    ; 989.5 TFLOP/s
            h200.bf16.dense | sig 4                  ; 989.5 TFLOP/s
            h200.bf16.sparse | sig 4                 ; 1.979 PFLOP/s
            h200.bf16.sparse -> TFLOP/s | sig 4      ; 1,979 TFLOP/s
            3958                                     ; 3,958
            3958 | sig 4                             ; 3,958
            gpt3.train_flops                         ; 3.14 × 10²³ FLOP
            gpt3.params                              ; 1.75 × 10¹¹ params
            gpt3.train_tokens                        ; 3 × 10¹¹ tokens
            1 param                                  ; 1 param
            2 ^ 10 | sig 4                           ; 1,024
            4 B/param                                ; 4 B/param
            gpt3.train_flops / (141 GB)              ; 2.23 × 10¹² FLOP/B
            h200.bandwidth                           ; 4.8 TB/s
            h200.memory / h200.bandwidth             ; 29.4 ms
            2 us                                     ; 2 µs
            0.5 s                                    ; 500 ms
            999.96 GB                                ; 1.00 TB
            700 W                                    ; 700 W
            700 W * 1 year -> MWh                    ; 6.14 MWh
            700 W * 1 h                              ; 2.52 MJ
            1.5 USD/h * 1 day                        ; 36 USD
            1979 TOPS | sig 4                        ; 1.979 POP/s
            2 ^ 10                                   ; 1,024
            -3 s                                     ; −3 s
            1 TB | sci                               ; 1 × 10¹² B
            123456 s                                 ; 34.3 h
            5e-5                                     ; 5 × 10⁻⁵
            sqrt(4 s^2)                              ; 2 s
            sqrt(4 s^2 -> s^2)                       ; 2 s
            1_000 * 2                                ; 2,000
            1.2E-3 * 1000                            ; 1.2
            2 × 3 − 1                                ; 5
            12 ÷ 4                                   ; 3
            min(1 s, 2 min) -> ms | sig 2            ; 1,000 ms
            max(1 s, 2 min)                          ; 2 min
            log2(1024)                               ; 10
            ceil(2.1)                                ; 3
            floor(2.9 h -> h) -> h                   ; 2 h
            round(2.5)                               ; 3
            abs(-2 J)                                ; 2 J
            exp(log(5))                              ; 5
            log10(1000)                              ; 3
            8 bit -> B                               ; 1 B
            1 Gbit / (1 s) -> GB/s                   ; 0.125 GB/s
            50 %                                     ; 50%
            50 % * 3                                 ; 150%
            1 / 50 %                                 ; 2
            50 % * 1 USD/min                         ; 0.5 USD/min
            2 USD/h * 50 %                           ; 1 USD/h
            0.5                                      ; 0.5
            0.25 -> %                                ; 25%
            2 ^ 3 ^ 2                                ; 512
            -2 ^ 2                                   ; −4
            (4 s^2) ^ 0.5                            ; 2 s
            (2 s)^2 -> s^2                           ; 4 s²
            1 / (2 s^-1)                             ; 500 ms
            round(-2.5)                              ; −3
            """)
    void formatsValues(String spec, String expected) {
        // Every space inside a figure is a no-break space: a figure never breaks across lines.
        assertEquals(expected.replace(' ', '\u00A0'), value(spec).text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            405e9 param * 4 B/param -> TB             ; 1.62\\,\\text{TB}
            3.14e23 FLOP / 989.5 TFLOP/s              ; 10.1\\,\\text{years}
            3958 | sig 4                              ; 3{,}958
            -5 W                                      ; -5\\,\\text{W}
            2 us                                      ; 2\\,\\mu \\text{s}
            gpt3.params                               ; 1.75 \\times 10^{11}\\,\\text{params}
            1.5 USD/h -> $/h                          ; 1.5\\,\\text{\\$/h}
            1 s^2 -> s^2                              ; 1\\,\\text{s}^{2}
            h200.name                                 ; \\text{H200 SXM}
            """)
    void formatsTex(String spec, String expected) {
        assertEquals(expected, value(spec).tex());
    }
}
