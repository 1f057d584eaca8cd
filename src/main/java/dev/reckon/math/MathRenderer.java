package dev.reckon.math;

import java.util.SortedSet;

/** Turns TeX into HTML+MathML markup. Implementations are thread-safe. */
public interface MathRenderer {

    /** A formula's markup and the KaTeX font files it draws with (relative to KaTeX's folder), which its page preloads. */
    record Typeset(String html, SortedSet<String> fonts) {
    }

    /**
     * @param display true for display (block) math, false for inline
     * @throws TexException when the TeX is invalid
     */
    String render(String tex, boolean display);

    /**
     * The formula with its fonts. Finding the fonts styles the markup as a browser would, which costs
     * as much as reading a cached formula, so a caching renderer keeps them with the markup.
     *
     * @throws TexException when the TeX is invalid
     */
    default Typeset typeset(String tex, boolean display) {
        String html = render(tex, display);
        return new Typeset(html, KatexFonts.used(html));
    }
}
