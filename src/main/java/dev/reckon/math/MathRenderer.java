package dev.reckon.math;

/** Turns TeX into HTML+MathML markup. Implementations are thread-safe. */
public interface MathRenderer {

    /**
     * @param display true for display (block) math, false for inline
     * @throws TexException when the TeX is invalid
     */
    String render(String tex, boolean display);
}
