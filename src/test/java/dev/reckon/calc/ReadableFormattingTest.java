package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17 items 2–5: numbers without false precision, units named as words are, human units, scale words. */
class ReadableFormattingTest {
    private final Session session = TestData.calculator().newSession();

    private String value(String spec) {
        return TestData.plain(session.value(spec, Origin.inline(spec)).text());
    }

    /** Item 2: at most 3 significant digits, no padding, integers whole, no zeros standing for dropped digits. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1 TiB -> B                     ; 1.10 × 10¹² B
            1 TiB -> B | exact             ; 1,099,511,627,776 B
            h200.bandwidth                 ; 4.8 TB/s
            h100.memory                    ; 80 GB
            40 % -> %                      ; 40%
            ceil(2.1 * 1.3)                ; 3
            0.1 + 0.2                      ; 0.3
            1099.5 GB -> GB                ; 1.10 × 10³ GB
            202.5 GB -> GB | sig 2         ; 200 GB
            4.8 TB/s | sig 3               ; 4.80 TB/s
            1 TiB -> GB | dp 1             ; 1,099.5 GB
            3958 | sig 2                   ; 4.0 × 10³
            16384                          ; 16,384
            1234567                        ; 1.23 × 10⁶
            0.000123                       ; 1.23 × 10⁻⁴
            1 TB | sci                     ; 1 × 10¹² B
            """)
    void numbersCarryOnlyTheirPrecision(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    /** Item 3: one naming rule, words agree with the number. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            67.7 day -> day                ; 67.7 days
            1 day -> days                  ; 1 day
            34.3 token/s -> token/s        ; 34.3 tokens/s
            1 token/s -> tokens/s          ; 1 token/s
            2 h -> hours                   ; 2 hours
            1 h -> hours                   ; 1 hour
            2 h -> h                       ; 2 h
            90 min -> min                  ; 90 min
            2 B/param -> bytes/parameters  ; 2 bytes/parameter
            1.5e9 param -> parameters      ; 1.5 × 10⁹ parameters
            """)
    void spelledUnitsArePluralisedByTheNumber(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    /** Item 4: times in the unit that keeps the number readable; a rate keeps its inputs' time base. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            2.66e7 h                              ; 3.03 × 10³ years
            45 s                                  ; 45 s
            720 s                                 ; 12 min
            36 h                                  ; 36 h
            67.7 day                              ; 67.7 days
            1 day                                 ; 24 h
            3 day                                 ; 3 days
            3.14e23 FLOP / (989.5 TFLOP/s)        ; 10.1 years
            59.999 s                              ; 1.00 min
            2 USD/h                               ; 2 USD/h
            2 USD/(GPU*h) * 16384 GPU             ; 32,768 USD/h
            1e9 token / (3 day)                   ; 3.33 × 10⁸ tokens/day
            1e9 token / (3 day) -> token/s        ; 3.86 × 10³ tokens/s
            7200 USD / (2e6 s)                    ; 0.0036 USD/s
            """)
    void humanUnits(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void aRateWithoutATimeBaseAvoidsTinyNumbers() {
        session.define("t", Quantity.of(3600, Dimension.TIME));
        assertEquals("2 USD/h", value("2 USD / t"));
        assertEquals("3 tokens/s", value("10800 token / t"));
    }

    @Test
    void aConvertedRateKeepsItsNewTimeBase() {
        session.runBlock("rate = 0.002 USD/s -> USD/h", Origin.inline("rate = 0.002 USD/s -> USD/h"));
        assertEquals("72 USD/h", value("rate * 10"));
    }

    /** Item 5: scale words on request. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            4.2e6 USD | words                          ; 4.2 million USD
            llama31_405b.params | words                ; 405 billion params
            llama31_405b.params -> parameters | words  ; 405 billion parameters
            30.84e6 GPU*h | words                      ; 30.8 million GPU-hours
            3.8e13 | words                             ; 38 trillion
            999.96e6 USD | words                       ; 1.00 billion USD
            250000 USD | words                         ; 250,000 USD
            1.5e9..2.5e9 USD | words                   ; 1.5–2.5 billion USD
            """)
    void scaleWords(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    /** Numbers may be written with a scale: a suffix glued to them, or a word after them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            128k token                     ; 128,000 tokens
            128Ki token                    ; 131,072 tokens
            405 billion param              ; 4.05 × 10¹¹ params
            1.5M                           ; 1.5 × 10⁶
            2 thousand GPU                 ; 2,000 GPUs
            405B                           ; 405 B
            64 kB                          ; 64 kB
            """)
    void numbersWithScales(String spec, String expected) {
        assertEquals(expected, value(spec));
    }
}
