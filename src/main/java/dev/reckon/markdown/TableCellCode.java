package dev.reckon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import dev.reckon.markdown.page.TableCells;

/** A code span in a GFM table cell reads {@code \|} as {@code |} (GFM spec example 200); flexmark kept the backslash. */
final class TableCellCode extends NodePostProcessor {
    @Override
    public void process(NodeTracker state, Node node) {
        if (node.getClass() == Code.class) {
            Code code = (Code) node;
            code.setText(TableCells.unescapedPipes(code, code.getText()));
        }
    }

    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Code.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new TableCellCode();
        }
    }
}
