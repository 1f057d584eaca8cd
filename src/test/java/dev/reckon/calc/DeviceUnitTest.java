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
        return session.value(spec, Origin.inline(spec)).text();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            16384 GPU * 54 day -> GPU*h | sig 4           ; 21,230,000 GPU·h
            30.84e6 GPU*h -> GPU*h | sig 4                ; 30,840,000 GPU·h
            2 chip * 3 h -> GPU*h                         ; 6.00 GPU·h
            3.93 USD/(GPU*h) * 1000 GPU*h                 ; 3,930 USD
            3.93 USD/(GPU*h) * 8 GPU * 1 day              ; 755 USD
            3.93 USD/(GPU*h) -> USD/(GPU*h)               ; 3.93 USD/(GPU·h)
            """)
    void gpuHoursAndPricesCompute(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void gpuTimeAndPricesPrintPerGpuHour() {
        assertEquals("2.12 × 10⁷ GPU-hours", value("16384 GPU * 54 day"));
        assertEquals("3.93 USD/GPU-hour", value("3.93 USD/(GPU*h)"));
        assertEquals("3.93 USD/GPU-hour", value("3.93 USD / (1 GPU * 1 h)"));
        assertEquals("2.00 USD/h", value("2 USD/h"));
        assertEquals("16,400 GPUs", value("16384 GPU"));
    }

    @Test
    void devicesAreTheirOwnDimension() {
        CalcException e = assertThrows(CalcException.class, () -> value("1 GPU + 1 h"));
        assertEquals("cannot add GPU (device) and s (time)", e.diagnostic().message());
        e = assertThrows(CalcException.class, () -> value("1 GPU*h -> h"));
        assertEquals("cannot convert GPU·s (device·time) to h (time)", e.diagnostic().message());
    }
}
