package dev.reckon.markdown.page;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * GFM's rule for pipes in table cells: a cell's {@code |} must be escaped as {@code \|}, even inside a
 * code span or math, and the escape is removed before the cell's content is read ({@code `\|`} is the
 * code {@code |}). flexmark leaves the backslash in code spans, so the nodes that take their text
 * verbatim (code spans, directives, math) ask here.
 */
public final class TableCells {
    private TableCells() {
    }

    public static boolean inTableCell(Node node) {
        return node.getAncestorOfType(TableCell.class) != null;
    }

    /** The text with each {@code \|} read as {@code |} when the node is in a table cell; else the text itself. */
    public static BasedSequence unescapedPipes(Node node, BasedSequence text) {
        return text.indexOf("\\|") >= 0 && inTableCell(node) ? text.replace("\\|", "|") : text;
    }

    /**
     * As {@link #unescapedPipes}, but each {@code \|} becomes {@code " |"}, so every other character keeps
     * its column: for text whose errors are reported by column (a directive's expression).
     */
    public static BasedSequence unescapedPipesSameColumns(Node node, BasedSequence text) {
        return text.indexOf("\\|") >= 0 && inTableCell(node) ? text.replace("\\|", " |") : text;
    }
}
