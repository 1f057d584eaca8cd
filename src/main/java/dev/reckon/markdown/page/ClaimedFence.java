package dev.reckon.markdown.page;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A fenced code block an extension recognised by its info string ({@code ```math}, {@code ```calc},
 * …) and made a node of its own, the way flexmark's task-list extension turns a list item into a
 * {@code TaskListItem}. The fence syntax stays exactly CommonMark's, since flexmark parsed it; the
 * node keeps the fence's markers, lines and text, so everything that reads code blocks (word counts,
 * the checker) sees it as before, and only its own renderer writes it.
 */
public abstract class ClaimedFence extends FencedCodeBlock {
    protected ClaimedFence(FencedCodeBlock fence) {
        super(fence.getChars(), fence.getOpeningMarker(), fence.getInfo(), fence.getContentLines(), fence.getClosingMarker());
        setFenceIndent(fence.getFenceIndent());
        setAttributes(fence.getAttributes());
        takeChildren(fence);
    }

    /** The fence's content, without the trailing newline. */
    public BasedSequence body() {
        return getContentChars().trimEnd();
    }
}
