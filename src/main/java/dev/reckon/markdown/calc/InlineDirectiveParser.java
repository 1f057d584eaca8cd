package dev.reckon.markdown.calc;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Independent;

/**
 * Reads a code span the way flexmark's own inline parser does (a run of backticks closed by the next
 * run of the same length) and makes it an {@link InlineDirective} when its text is one; any other
 * span, or backticks never closed, are left to flexmark. Like flexmark's code spans with its default
 * options, the node holds its text as one {@link Text} child.
 */
final class InlineDirectiveParser implements InlineParserExtension {
    InlineDirectiveParser(LightInlineParser inlineParser) {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        int start = inlineParser.getIndex();
        BasedSequence opening = inlineParser.match(inlineParser.getParsing().TICKS_HERE);
        if (opening != null) {
            int afterOpening = inlineParser.getIndex();
            BasedSequence closing;
            while ((closing = inlineParser.match(inlineParser.getParsing().TICKS)) != null) {
                if (closing.length() == opening.length()) {
                    BasedSequence text = inlineParser.getInput().subSequence(afterOpening,
                            inlineParser.getIndex() - closing.length());
                    InlineDirective directive = InlineDirective.of(opening, text, closing);
                    if (directive == null) {
                        break;
                    }
                    directive.appendChild(new Text(text));
                    inlineParser.appendNode(directive);
                    return true;
                }
            }
        }
        inlineParser.setIndex(start);
        return false;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "`";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineDirectiveParser(inlineParser);
        }
    }
}
