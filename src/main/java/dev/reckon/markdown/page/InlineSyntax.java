package dev.reckon.markdown.page;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;

/** An inline parser extension that keeps no state across blocks or documents: flexmark's two end-of hooks, answered once. */
public interface InlineSyntax extends InlineParserExtension {
    /**
     * Whether the character at {@code at} starts a word: an {@code @} after a letter, digit or
     * {@code _ . - + @} is inside an e-mail address or a handle, never a reference or citation.
     */
    static boolean startsWord(CharSequence input, int at) {
        if (at == 0) {
            return true;
        }
        char c = input.charAt(at - 1);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+' || c == '@');
    }

    /** Whether a {@code [} opened before this point may still become a link, whose text must not hold another link. */
    static boolean insideBracket(LightInlineParser parser) {
        return parser instanceof InlineParser full && full.getLastBracket() != null;
    }

    @Override
    default void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    default void finalizeBlock(InlineParser inlineParser) {
    }
}
