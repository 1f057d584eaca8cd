package dev.reckon.markdown.xref;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.calc.CalcTableBlock;
import dev.reckon.markdown.page.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pandoc's table captions once inlines are parsed: a paragraph beginning {@code :} or
 * {@code Table:} directly after a table (a GFM table or a {@code ```calc-table}), or directly before
 * one, becomes that table's {@link TableCaption}, its label taken from a trailing {@code {#tbl-x}}.
 */
final class TableCaptions extends DocumentPostProcessor {
    private static final Pattern MARKER = Pattern.compile("^(?:[Tt]able)?:\\s+");

    @Override
    public Document processDocument(Document document) {
        List<Node> tables = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TableBlock || node instanceof CalcTableBlock) {
                tables.add(node);
            }
        }
        for (Node table : tables) {
            if (isCaption(table.getNext())) {
                caption((Paragraph) table.getNext(), table);
            } else if (isCaption(table.getPrevious())) { // one after an earlier table was taken by it already
                caption((Paragraph) table.getPrevious(), table);
            }
        }
        return document;
    }

    private static boolean isCaption(Node node) {
        return node instanceof Paragraph && node.getFirstChild() instanceof Text text && MARKER.matcher(text.getChars()).find();
    }

    private static void caption(Paragraph paragraph, Node table) {
        BasedSequence label = Attributes.trailingId(paragraph.getChars().trimEnd());
        TableCaption caption = new TableCaption(paragraph.getChars().trimEOL(), table, label);
        Text first = (Text) paragraph.getFirstChild();
        Matcher marker = MARKER.matcher(first.getChars());
        marker.find();
        setOrDrop(first, first.getChars().subSequence(marker.end()));
        if (!label.isNull() && paragraph.getLastChild() instanceof Text last) {
            setOrDrop(last, Attributes.withoutTrailingId(last.getChars()));
        }
        caption.takeChildren(paragraph);
        paragraph.insertBefore(caption);
        paragraph.unlink();
    }

    private static void setOrDrop(Text text, BasedSequence chars) {
        if (chars.isBlank()) {
            text.unlink();
        } else {
            text.setChars(chars);
        }
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new TableCaptions();
        }
    }
}
