package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A value that only overflows when it is shown (in a smaller unit, as a difference, as a
 * percentage) is a positioned error like any other overflow, in every kind of directive; it was a
 * NumberFormatException ("Infinite or NaN") from the formatter.
 */
class OverflowTest {
    private final Session session = new Calculator(TestData.dataSet()).newSession();

    @Test
    void convertingToASmallerUnitOverflows() {
        overflows(() -> session.value("1e308 B -> bit", Origin.inline("1e308 B -> bit")), 12);
        overflows(() -> session.value("1e307 W -> mW", Origin.inline("1e307 W -> mW")), 12);
        overflows(() -> session.value("-1e308 B/s -> bit/s", Origin.inline("-1e308 B/s -> bit/s")), 15);
    }

    @Test
    void everyDirectiveThatShowsAConversion() {
        overflows(() -> session.runBlock("x = 1e308 B -> bit", Origin.of("a.md", 3, 1, "x = 1e308 B -> bit")), 16);
        overflows(() -> session.equation("1e308 B -> bit", Origin.inline("1e308 B -> bit")), 12);
        overflows(() -> session.table("rows: h200\nSize: row.memory * 1e297 -> bit", Origin.of("a.md", 3, 1, "rows: h200")), 0);
    }

    @Test
    void assertionsWhoseDifferenceOrDisplayOverflows() {
        for (String line : new String[] {"assert 1.7e308 ≈ -1.7e308", "assert -1.7e308 < 1.7e308",
                "assert 1e308 B ≈ 1 bit", "assert 1e300 ≈ 1e-10", "assert 1 ≈ 1 within 1e307"}) {
            CalcException e = assertThrows(CalcException.class, () -> session.runBlock(line, Origin.of("a.md", 3, 1, line)), line);
            assertTrue(e.diagnostic().message().contains("overflow"), line + ": " + e.diagnostic().render());
            assertTrue(e.diagnostic().span().location().startsWith("a.md:3:"), e.diagnostic().render());
        }
    }

    @Test
    void assertionsNearZeroStillWork() {
        for (String line : new String[] {"assert 0 ≈ 0", "assert 1 B ≈ 0 B within 2 B", "assert 0 B < 1 B", "assert 1e308 B ≈ 1e308 B"}) {
            assertTrue(session.runBlock(line, Origin.of("a.md", 3, 1, line)).get(0).text().endsWith("✓"), line);
        }
    }

    private static void overflows(Executable run, int column) {
        CalcException e = assertThrows(CalcException.class, run);
        assertTrue(e.diagnostic().message().contains("overflows"), e.diagnostic().render());
        if (column > 0) {
            assertTrue(e.diagnostic().span().column() == column, e.diagnostic().render());
        }
    }
}
