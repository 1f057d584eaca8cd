package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionPropertyTest {
    private static final Calculator CALC = new Calculator(dev.reckon.data.DataSet.empty());

    private static double eval(String expr) {
        return CALC.newSession().evaluate(expr, Origin.inline(expr)).value();
    }

    /** x U evaluated to base units and divided back by U's factor gives x, for every unit and many x. */
    @Test
    void everyUnitRoundTrips() {
        Random random = new Random(42);
        for (String unit : Units.names()) {
            for (int k = 0; k < 5; k++) {
                double x = Math.pow(10, random.nextInt(13) - 6) * (1 + random.nextDouble());
                String literal = Double.toString(x) + " " + unit;
                Session s = CALC.newSession();
                Quantity q = s.evaluate(literal + " -> " + unit, Origin.inline(literal));
                double back = q.value() / Units.require(unit).factor();
                assertEquals(x, back, Math.abs(x) * 1e-12, literal);
                assertEquals(Units.require(unit).dimension(), q.dimension(), literal);
            }
        }
    }

    @Test
    void roundTripThroughOtherUnitsOfTheSameDimension() {
        List<String> info = List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "bit", "Gbit", "Tibit");
        Random random = new Random(7);
        for (String from : info) {
            for (String to : info) {
                double x = random.nextDouble() * 1000;
                double inTarget = eval(x + " " + from) / Units.require(to).factor();
                double shown = eval(inTarget + " " + to + " -> " + from) / Units.require(from).factor();
                double expected = x;
                assertEquals(expected, shown, Math.abs(expected) * 1e-12, from + " -> " + to);
            }
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1 TB            ; 1000 GB
            1 TiB           ; 1024 GiB
            1 GiB           ; 1073741824 B
            1 TB            ; 1e12 B
            8 bit           ; 1 B
            1 Gbit          ; 125 MB
            1 kWh           ; 3.6 MJ
            1 MWh           ; 3600 MJ
            1 kW * 1 h      ; 1 kWh
            1 year          ; 365.25 days
            1 yr            ; 8766 h
            1 week          ; 7 days
            1 day           ; 86400 s
            1 min           ; 60 s
            1 ms            ; 1000 us
            1 µs            ; 1000 ns
            1 μs            ; 1 µs
            1 TFLOPS        ; 1 TFLOP/s
            1 PFLOP/s       ; 1000 TFLOP/s
            1 TOPS          ; 1e12 OP/s
            1 $             ; 1 USD
            100 %           ; 1
            1 GW            ; 1000 MW
            1 mW            ; 1e-3 W
            1 J/s           ; 1 W
            """)
    void prefixesAndAliasesAgree(String left, String right) {
        double l = eval(left);
        double r = eval(right);
        assertEquals(r, l, Math.abs(r) * 1e-12);
        assertTrue(CALC.newSession().evaluate(left, Origin.inline(left)).dimension()
                .equals(CALC.newSession().evaluate(right, Origin.inline(right)).dimension()));
    }

    @Test
    void terabyteAndTebibyteAreNeverConfused() {
        Session s = CALC.newSession();
        assertEquals("1,000\u00A0GB", s.value("1 TB -> GB | sig 4", Origin.inline("")).text());
        assertEquals("1.10\u00A0×\u00A010³\u00A0GB", s.value("1 TiB -> GB", Origin.inline("")).text());
        assertEquals("931\u00A0GiB", s.value("1 TB -> GiB", Origin.inline("")).text());
    }
}
