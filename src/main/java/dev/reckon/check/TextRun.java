package dev.reckon.check;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;

/**
 * Consecutive text and entity nodes read as the reader sees them ({@code &nbsp;} as a no-break
 * space), with each character's place in the source so a match can be positioned.
 */
final class TextRun {
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Node first;

    void add(Node node) {
        if (first == null) {
            first = node;
        }
        BasedSequence chars = node.getChars();
        if (node instanceof HtmlEntity) {
            String decoded = Escaping.unescapeString(chars.toString());
            for (int i = 0; i < decoded.length(); i++) {
                append(decoded.charAt(i), chars.getStartOffset(), chars.getEndOffset());
            }
        } else {
            for (int i = 0; i < chars.length(); i++) {
                append(chars.charAt(i), chars.getStartOffset() + i, chars.getStartOffset() + i + 1);
            }
        }
    }

    private void append(char c, int start, int end) {
        int at = text.length();
        if (at == starts.length) {
            starts = Arrays.copyOf(starts, at * 2);
            ends = Arrays.copyOf(ends, at * 2);
        }
        text.append(c);
        starts[at] = start;
        ends[at] = end;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    /** The block the run stands in, as written, for the words around a figure. */
    String paragraph() {
        Node block = first == null ? null : first.getAncestorOfType(Block.class);
        return block == null ? "" : block.getChars().toString();
    }

    /** Source offset of the run's character {@code index}. */
    int sourceStart(int index) {
        return starts[index];
    }

    /** Source offset just after the run's characters before {@code end}. */
    int sourceEnd(int end) {
        return ends[end - 1];
    }
}
