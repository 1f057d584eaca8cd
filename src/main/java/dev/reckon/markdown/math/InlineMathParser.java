package dev.reckon.markdown.math;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Independent;

/**
 * Recognises {@code $…$} by pandoc's rule, so prices stay prose: the opening {@code $} must be
 * followed by a non-space, the closing one preceded by a non-space and not followed by a digit.
 * {@code \$} never opens or closes (flexmark turns it into a literal dollar before we see it).
 */
final class InlineMathParser implements InlineParserExtension {

    InlineMathParser(LightInlineParser inlineParser) {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int start = inlineParser.getIndex();
        int delimiter = input.safeCharAt(start + 1) == '$' ? 2 : 1;
        int contentStart = start + delimiter;
        if (contentStart >= input.length() || Character.isWhitespace(input.charAt(contentStart))) {
            return false;
        }
        int close = findClosing(input, contentStart, delimiter);
        if (close < 0) {
            return false;
        }
        inlineParser.flushTextNode();
        InlineMath math = new InlineMath(
                input.subSequence(start, contentStart),
                input.subSequence(contentStart, close),
                input.subSequence(close, close + delimiter));
        inlineParser.getBlock().appendChild(math);
        inlineParser.setIndex(close + delimiter);
        return true;
    }

    /** The index of the closing delimiter, or -1. Backslash escapes inside TeX are skipped. */
    static int findClosing(CharSequence input, int from, int delimiter) {
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c != '$') {
                continue;
            }
            boolean delimiterMatches = delimiter == 1 || (i + 1 < input.length() && input.charAt(i + 1) == '$');
            if (!delimiterMatches) {
                return -1;
            }
            if (i == from || Character.isWhitespace(input.charAt(i - 1))) {
                return delimiter == 1 ? -1 : i;
            }
            int after = i + delimiter;
            if (delimiter == 1 && after < input.length() && Character.isDigit(input.charAt(after))) {
                return -1;
            }
            return i;
        }
        return -1;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineMathParser(inlineParser);
        }
    }
}
