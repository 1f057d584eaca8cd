package dev.reckon.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
    @Test
    void everyLineBreakCountsAndLinesAreOneBased() {
        SourceLines lines = SourceLines.of("a\nb\r\nc\rd");
        assertEquals(4, lines.count());
        assertEquals("a", lines.line(1));
        assertEquals("b", lines.line(2));
        assertEquals("d", lines.line(4));
    }

    @Test
    void aLineOutsideTheFileShowsNoSourceLine() {
        SourceLines lines = SourceLines.of("only\n");
        assertEquals("", lines.line(2), "the empty line after the last break is a line, as an editor shows it");
        assertNull(lines.line(0));
        assertNull(lines.line(3));
        assertNull(SourceLines.none().line(1));
        assertEquals("error: e\n --> f:9:1\n", lines.error("e", SourceSpan.of("f", 9, 1), null).render());
    }

    @Test
    void aDiagnosticShowsTheLineItsSpanPointsInto() {
        Diagnostic d = SourceLines.of(new String[] {"x = 1", "y = z"}).error("unknown name 'z'", new SourceSpan("f", 2, 5, 1), "define it");
        assertEquals("y = z", d.sourceLine());
        assertEquals("define it", d.hint());
    }
}
