package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Issue 17 item 5: a unit for counting accelerators, GPU-hours and prices per GPU-hour. */
class DeviceUnitTest {
    private final Session session = TestData.calculator().newSession();

    private String value(String spec) {
        return TestData.plain(session.value(spec, Origin.inline(spec)).text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            16384 GPU * 54 day -> GPU*h | sig 4           ; 2.123 × 10⁷ GPU-hours
            30.84e6 GPU*h -> GPU*h | sig 4                ; 3.084 × 10⁷ GPU-hours
            2 chip * 3 h -> GPU*h                         ; 6 GPU-hours
            3.93 USD/(GPU*h) * 1000 GPU*h                 ; 3,930 USD
            3.93 USD/(GPU*h) * 8 GPU * 1 day              ; 755 USD
            3.93 USD/(GPU*h) -> USD/(GPU*h)               ; 3.93 USD/GPU-hour
            """)
    void gpuHoursAndPricesCompute(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void gpuTimeAndPricesPrintPerGpuHour() {
        assertEquals("2.12 × 10⁷ GPU-hours", value("16384 GPU * 54 day"));
        assertEquals("3.93 USD/GPU-hour", value("3.93 USD/(GPU*h)"));
        assertEquals("3.93 USD/GPU-hour", value("3.93 USD / (1 GPU * 1 h)"));
        assertEquals("2 USD/h", value("2 USD/h"));
        assertEquals("16,384 GPUs", value("16384 GPU"));
        assertEquals("1 GPU", value("1 chip"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            16384 GPU * h200.bf16.dense                   ; 16.2 EFLOP/s
            16384 GPU * h200.tdp                          ; 11.5 MW
            8 GPU * h200.memory                           ; 1.13 TB
            2048 GPU * 30000 USD                          ; 6.14 × 10⁷ USD
            3.8e25 FLOP / (16384 GPU * h200.bf16.dense)   ; 27.1 days
            2048 GPU * 54 day                             ; 2.65 × 10⁶ GPU-hours
            2.788e6 GPU*h / (2048 GPU)                    ; 56.7 days
            """)
    void aCountOfGpusTimesAPerChipFigureIsTheTotal(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            30.84e6 GPU*h * h100.tdp -> GWh | sig 3                        ; 21.6 GWh
            1000 GPU*h * h200.bf16.dense                                   ; 3.56 × 10²¹ FLOP
            2 GPU * 3 h * h200.bandwidth -> TB                             ; 103,680 TB
            3.8e25 FLOP / (30.84e6 GPU*h * h100.bf16.dense) -> %           ; 34.6%
            """)
    void gpuHoursTimesAPerChipRateIsTheAmountOverThatTime(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            3.8e25 FLOP / (30.84e6 GPU*h) -> TFLOP/s                        ; 342 TFLOP/s
            16384 GPU * h100.bf16.dense / (16384 GPU)                        ; 990 TFLOP/s
            21.6 GWh / (30.84e6 GPU*h) -> W                                  ; 700 W
            8 GPU * h200.memory / (8 GPU)                                    ; 141 GB
            100 USD / (10 GPU*h)                                             ; 10 USD/GPU-hour
            1e9 token / (10 GPU*h)                                           ; 1 × 10⁸ tokens/GPU-hour
            """)
    void dividingByGpusOrGpuHoursGivesThePerChipFigure(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void aParenthesisedOperandIsQuotedWhole() {
        CalcException e = assertThrows(CalcException.class, () -> value("1 FLOP / (2 h * 3 W) -> %"));
        assertEquals("'1 FLOP / (2 h * 3 W)' is FLOP/J (flop/energy); convert it to a unit of that dimension",
                e.diagnostic().hint());
    }

    @Test
    void devicesAreTheirOwnDimension() {
        CalcException e = assertThrows(CalcException.class, () -> value("1 GPU + 1 h"));
        assertEquals("cannot add GPU (device) and s (time)", e.diagnostic().message());
        e = assertThrows(CalcException.class, () -> value("1 GPU*h -> h"));
        assertEquals("cannot convert GPU·s (device·time) to h (time)", e.diagnostic().message());
    }
}
