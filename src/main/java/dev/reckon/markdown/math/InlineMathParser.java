package dev.reckon.markdown.math;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Independent;
import dev.reckon.markdown.page.InlineSyntax;

/**
 * Recognises {@code $…$} by pandoc's rule, so prices stay prose: the opening {@code $} must be
 * followed by a non-space, the closing one preceded by a non-space and not followed by a digit.
 * {@code \$} never opens or closes (flexmark turns it into a literal dollar before we see it).
 *
 * <p>Math never swallows syntax that started before it: a {@code $} inside a web address
 * ({@code https://example.com/$x$}) is part of the address, and math that would contain the
 * {@code ]} closing a link opened before it ({@code [a $b](c) d$}) is no math, so the link stands.
 */
final class InlineMathParser implements InlineSyntax {

    InlineMathParser(LightInlineParser inlineParser) {
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
        if (close < 0 || inWebAddress(input, start)
                || closesOpenBracket(inlineParser, input.subSequence(contentStart, close))) {
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

    /** Whether the {@code $} at {@code at} is inside a word that is a web address (the autolink extension's to read). */
    static boolean inWebAddress(CharSequence input, int at) {
        int wordStart = at;
        while (wordStart > 0 && !Character.isWhitespace(input.charAt(wordStart - 1)) && input.charAt(wordStart - 1) != '<') {
            wordStart--;
        }
        String word = input.subSequence(wordStart, at).toString();
        return word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4);
    }

    /** Whether a link bracket is open before the math and the TeX holds a {@code ]} it does not open itself. */
    private static boolean closesOpenBracket(LightInlineParser parser, CharSequence tex) {
        if (!(parser instanceof InlineParser full) || full.getLastBracket() == null) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth < 0) {
                return true;
            }
        }
        return false;
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
