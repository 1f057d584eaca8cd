package dev.reckon.markdown.page;

/**
 * An inline node typeset as one unit, such as inline math or a computed value: the punctuation
 * written right after it stays on its line ({@link FigurePunctuationExtension}).
 */
public interface InlineFigure {
    /** False for a figure set as a block of its own (display math inside a paragraph): nothing to keep with it. */
    default boolean isInline() {
        return true;
    }
}
