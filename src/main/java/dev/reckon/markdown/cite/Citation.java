package dev.reckon.markdown.cite;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * A citation: {@code [@a; see @b, p. 3]} in brackets, or {@code @a} in the running text (pandoc's
 * "in-text" form, which names the authors as part of the sentence).
 */
public final class Citation extends Node {
    /**
     * One cited work. {@code prefix} and {@code locator} are the author's words before and after the
     * key ({@code see}, {@code p. 3}); {@code suppressAuthor} is pandoc's {@code -@key} (the year alone).
     */
    public record Item(BasedSequence key, String prefix, String locator, boolean suppressAuthor) {
    }

    private final List<Item> items;
    private final boolean bracketed;

    Citation(BasedSequence chars, List<Item> items, boolean bracketed) {
        super(chars);
        this.items = List.copyOf(items);
        this.bracketed = bracketed;
    }

    public List<Item> items() {
        return items;
    }

    public boolean isBracketed() {
        return bracketed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
