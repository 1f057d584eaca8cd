package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OriginAndOptionsTest {
    private final Session session = new Calculator(dev.reckon.data.DataSet.empty()).newSession();

    @Test
    void blockLinesReuseTheFirstLinesPrefix() {
        Origin first = Origin.of("a.md", 7, 3, "> x = 1");
        assertEquals(first, first.lineOfBlock(0, "x = 1"));
        assertEquals(Origin.of("a.md", 9, 3, "> y = 2"), first.lineOfBlock(2, "y = 2"));
    }

    @Test
    void optionsMayBeSeparatedByCommasOrSpaces() {
        assertEquals("1.6\u00A0×\u00A010¹²\u00A0B", session.value("1.62 TB | sig 2, sci", Origin.inline("")).text());
        assertEquals("1.6\u00A0×\u00A010¹²\u00A0B", session.value("1.62 TB | sci sig 2", Origin.inline("")).text());
        assertEquals("1.620\u00A0TB", session.value("1.62 TB | dp 3", Origin.inline("")).text());
    }

    @Test
    void badOptionValuesArePositioned() {
        CalcException e = assertThrows(CalcException.class, () -> session.value("1 TB | sig 0", Origin.inline("1 TB | sig 0")));
        assertEquals("'sig' needs a whole number from 1 to 15", e.diagnostic().message());
        assertEquals(12, e.diagnostic().span().column());
        CalcException missing = assertThrows(CalcException.class, () -> session.value("1 TB | dp", Origin.inline("1 TB | dp")));
        assertEquals("'dp' needs a whole number from 0 to 15", missing.diagnostic().message());
    }

    @Test
    void emptyExpressionIsExplained() {
        CalcException e = assertThrows(CalcException.class, () -> session.value(" | sig 2", Origin.inline(" | sig 2")));
        assertEquals("expected an expression", e.diagnostic().message());
    }
}
