package dev.reckon.markdown.xref;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Labelled;

/**
 * A table's caption, written as pandoc does: a paragraph starting with {@code :} (or {@code Table:})
 * right after the table or right before it, optionally ending with a label: {@code : KV cache per
 * model {#tbl-kv}}. Its inline content is the caption's text; the table is laid out with it.
 */
public final class TableCaption extends Block implements Labelled {
    private final Node table;
    private final BasedSequence label;

    TableCaption(BasedSequence chars, Node table, BasedSequence label) {
        super(chars);
        this.table = table;
        this.label = label;
    }

    /** The table this captions (a GFM table or a {@code ```calc-table}). */
    public Node table() {
        return table;
    }

    @Override
    public Kind kind() {
        return Kind.TABLE;
    }

    @Override
    public BasedSequence getLabel() {
        return label;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
