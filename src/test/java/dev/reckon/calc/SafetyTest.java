package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafetyTest {
    private final Session session = new Calculator(dev.reckon.data.DataSet.empty()).newSession();

    private CalcException error(String expr) {
        return assertThrows(CalcException.class, () -> session.evaluate(expr, Origin.inline(expr)));
    }

    @Test
    void overlongExpressionIsRejected() {
        String expr = "1" + " + 1".repeat(3000);
        assertEquals("expression is too long (12001 characters)", error(expr).diagnostic().message());
    }

    @Test
    void deepNestingIsRejectedWithoutStackOverflow() {
        String expr = "(".repeat(500) + "1" + ")".repeat(500);
        assertEquals("expression is nested too deeply", error(expr).diagnostic().message());
        assertEquals("expression is nested too deeply", error("-".repeat(500) + "1").diagnostic().message());
    }

    @Test
    void longOperatorChainsAreBounded() {
        String expr = "1" + "+1".repeat(4000);
        assertEquals("expression is nested too deeply", error(expr).diagnostic().message());
        String ok = "1" + "+1".repeat(400);
        assertEquals(401, session.evaluate(ok, Origin.inline(ok)).value());
    }

    @Test
    void moderateNestingIsFine() {
        String expr = "(".repeat(100) + "1" + ")".repeat(100);
        assertEquals(1, session.evaluate(expr, Origin.inline(expr)).value());
    }

    @Test
    void overflowIsAnErrorNeverInfinity() {
        for (String expr : new String[] {"1e300 * 1e300", "10 ^ 400", "exp(1000)", "1e308 TB -> B", "1 / 1e-320"}) {
            assertEquals("result overflows", error(expr).diagnostic().message(), expr);
        }
        assertTrue(error("1e400").diagnostic().message().contains("too large"), error("1e400").diagnostic().message());
    }

    @Test
    void digitsOfOtherScriptsAreAPositionedErrorNotACrash() {
        // Found by CalcFuzzTest: Oriya eight passed Character.isDigit and failed Double.parseDouble.
        CalcException e = error("2 * \u0B6E");
        assertEquals(5, e.diagnostic().span().column(), e.diagnostic().render());
    }

    @Test
    void aBarInATableHeaderIsNotAnOptionBar() {
        // Found by CalcFuzzTest: a '|' before the column's colon made a negative substring range.
        CalcException e = assertThrows(CalcException.class,
                () -> new Calculator(dev.reckon.data.DataSetLoader.bundled()).newSession()
                        .table("rows: h100\nA|B: row.nosuch", Origin.of("t.md", 1, 1, "rows: h100")));
        assertTrue(e.diagnostic().message().contains("nosuch"), e.diagnostic().message());
    }

    @Test
    void noJavaAccess() {
        assertEquals("unknown name 'java.lang.System'", error("java.lang.System").diagnostic().message().replace("data record 'java'", "name 'java.lang.System'"));
        assertEquals("unknown function 'getClass'", error("getClass()").diagnostic().message());
    }

    @Test
    void dimensionRulesOfFunctions() {
        assertEquals("cannot take the square root of B (information)", error("sqrt(2 B)").diagnostic().message());
        assertEquals("exp needs a dimensionless argument, got s (time)", error("exp(1 s)").diagnostic().message());
        assertEquals("exponent must be dimensionless, got s (time)", error("2 ^ (1 s)").diagnostic().message());
        assertEquals("cannot compare B (information) and s (time) in max", error("max(1 B, 1 s)").diagnostic().message());
        assertEquals("log of a negative number", error("log(-1)").diagnostic().message());
    }
}
