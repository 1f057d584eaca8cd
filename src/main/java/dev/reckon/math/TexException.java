package dev.reckon.math;

/**
 * Invalid TeX, as reported by KaTeX.
 *
 * @see #position() the 0-based offset in the TeX source where KaTeX stopped, or -1 when unknown
 */
public final class TexException extends RuntimeException {
    private final int position;
    private final String hint;

    public TexException(String message, int position) {
        this(message, position, null);
    }

    /** @param hint what to do instead, when the general advice (fix the TeX) does not fit; or null */
    public TexException(String message, int position, String hint) {
        super(message, null, false, false);
        this.position = position;
        this.hint = hint;
    }

    /** What to do instead, or null for the general advice. */
    public String hint() {
        return hint;
    }

    public int position() {
        return position;
    }
}
