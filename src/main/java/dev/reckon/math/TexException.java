package dev.reckon.math;

/**
 * Invalid TeX, as reported by KaTeX.
 *
 * @see #position() the 0-based offset in the TeX source where KaTeX stopped, or -1 when unknown
 */
public final class TexException extends RuntimeException {
    private final int position;

    public TexException(String message, int position) {
        super(message, null, false, false);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
