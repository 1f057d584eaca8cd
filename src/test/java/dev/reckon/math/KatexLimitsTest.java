package dev.reckon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.js.SharedJs;
import org.junit.jupiter.api.Test;

/** Pathological TeX fails its own formula with a positioned error instead of hanging the build. */
class KatexLimitsTest {
    private final KatexRenderer katex = SharedKatex.get();

    @Test
    void selfExpandingMacroStopsAtMaxExpand() {
        TexException e = assertThrows(TexException.class, () -> katex.render("\\def\\a{\\a\\a}\\a", false));
        assertTrue(e.getMessage().contains("too many macro expansions"), e.getMessage());
    }

    @Test
    void macroBombViaNewcommandStopsToo() {
        String bomb = "\\newcommand\\b[1]{#1#1#1#1}\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{x}}}}}}}}}}";
        TexException e = assertThrows(TexException.class, () -> katex.render(bomb, true));
        assertTrue(e.getMessage().contains("too many macro expansions"), e.getMessage());
    }

    @Test
    void bracesNestedTooDeeplyAreAnErrorAndTheRendererCarriesOn() {
        String deep = "{".repeat(20_000) + "x" + "}".repeat(20_000);
        TexException e = assertThrows(TexException.class, () -> katex.render(deep, false));
        assertEquals("formula nested too deeply for KaTeX (it ran out of stack)", e.getMessage());
        assertTrue(katex.render("x", false).contains("katex"));
    }

    @Test
    void hugeSizesAreCappedAtMaxSize() {
        String html = katex.render("\\rule{100000em}{100000em}", false);
        assertFalse(html.contains("border-right-width:100000em"), html);
        assertTrue(html.contains("border-right-width:100em"), html);
    }

    @Test
    void aFormulaPastTheStatementLimitFailsAndTheNextRendersInAFreshContext() {
        // A small budget stands in for a formula that would run for minutes under the real one.
        try (KatexRenderer tight = new KatexRenderer(SharedJs.get(), 300_000)) {
            String fine = tight.render("x^2", false);
            String expensive = "\\frac{a}{b} + ".repeat(2_000) + "c";
            TexException e = assertThrows(TexException.class, () -> tight.render(expensive, true));
            assertTrue(e.getMessage().startsWith("formula is too expensive to render"), e.getMessage());
            assertEquals(fine, tight.render("x^2", false));
        }
    }

    @Test
    void theStatementLimitIsPartOfTheCacheKey() {
        assertTrue(KatexRenderer.fingerprint().contains("statements " + KatexRenderer.STATEMENT_LIMIT));
        assertTrue(KatexRenderer.fingerprint().contains("maxExpand=1000"));
    }
}
