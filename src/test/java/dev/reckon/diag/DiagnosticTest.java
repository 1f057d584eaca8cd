package dev.reckon.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void rendersLocationSourceLineCaretAndHint() {
        Diagnostic d = Diagnostic.error("unknown name 'h20'", new SourceSpan("content/posts/a.md", 12, 11, 3),
                "weights = h20.memory", "did you mean 'h200'?");
        assertEquals("""
                error: unknown name 'h20'
                  --> content/posts/a.md:12:11
                   |
                12 | weights = h20.memory
                   |           ^^^
                   = hint: did you mean 'h200'?
                """, d.render());
    }

    @Test
    void caretStaysWithinTheLineAndTabsDoNotShiftIt() {
        Diagnostic d = Diagnostic.warning("w", new SourceSpan("f", 1, 3, 99), "a\tbc", null);
        assertEquals("""
                warning: w
                 --> f:1:3
                  |
                1 | a bc
                  |   ^^
                """, d.render());
    }

    @Test
    void withoutPositionOnlyMessageAndHint() {
        assertEquals("error: no content\n  = hint: pass --source\n",
                Diagnostic.error("no content", null, null, "pass --source").render());
    }

    @Test
    void aVeryLongLineIsShownAsAWindowAroundTheCaret() {
        String line = "a".repeat(1000) + "X" + "b".repeat(1000);
        String out = Diagnostic.error("here", new SourceSpan("f.md", 3, 1001, 1), line, null).render();
        String[] lines = out.split("\n");
        String shown = lines[3].substring("3 | ".length());
        String caret = lines[4].substring("  | ".length());
        assertEquals(122, shown.length(), shown);
        assertEquals('X', shown.charAt(caret.indexOf('^')));
        assertEquals("…", shown.substring(0, 1));
        assertEquals("…", shown.substring(shown.length() - 1));
    }
}
