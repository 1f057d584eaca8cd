package dev.reckon.markdown.cite;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Independent;
import dev.reckon.markdown.page.InlineSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pandoc's citation syntax. In brackets: items separated by {@code ;}, each an optional prefix,
 * {@code @key} (or {@code -@key}) and an optional locator after a comma; a bracket followed by
 * {@code (}, {@code [} or {@code :} is a link or a link definition, never a citation. In the text:
 * {@code @key} where the {@code @} starts a word, so an e-mail address is never one. Keys are
 * letters, digits and {@code _}, joined by single punctuation characters ({@code :.#$%&-+?<>~/}), so a
 * full stop after {@code @kaplan2020.} ends the sentence, not the key. Keys written like
 * cross-references ({@code @fig-x}) are left to those.
 */
final class CitationParser implements InlineSyntax {
    static final String KEY = "[\\p{L}\\p{N}_]+(?:[:.#$%&+?<>~/-][\\p{L}\\p{N}_]+)*";
    private static final Pattern BARE = Pattern.compile("@(" + KEY + ")");
    private static final Pattern ITEM = Pattern.compile("^\\s*(.*?)(-?)@(" + KEY + ")\\s*(?:,\\s*(.*?))?\\s*$", Pattern.DOTALL);
    private static final Pattern CROSS_REFERENCE = Pattern.compile("(?:eq|fig|tbl)-.*");
    /** Longest bracketed citation looked at, so a stray {@code [@} never scans a whole paragraph. */
    private static final int MAX_BRACKETED = 2000;

    CitationParser(LightInlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int at = inlineParser.getIndex();
        Parsed parsed = input.charAt(at) == '[' ? bracketed(input, at)
                : InlineSyntax.insideBracket(inlineParser) ? null : bare(input, at);
        if (parsed == null) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(parsed.citation());
        inlineParser.setIndex(parsed.end());
        return true;
    }

    /** A citation read, and the index in the input just after it. */
    private record Parsed(Citation citation, int end) {
    }

    private static Parsed bare(BasedSequence input, int at) {
        if (!InlineSyntax.startsWord(input, at)) {
            return null;
        }
        Matcher m = BARE.matcher(input);
        m.region(at, input.length());
        if (!m.lookingAt() || CROSS_REFERENCE.matcher(m.group(1)).matches()) {
            return null;
        }
        BasedSequence key = input.subSequence(m.start(1), m.end(1));
        return new Parsed(new Citation(input.subSequence(at, m.end()), List.of(new Citation.Item(key, "", "", false)), false), m.end());
    }

    private static Parsed bracketed(BasedSequence input, int at) {
        int close = closingBracket(input, at);
        if (close < 0 || input.indexOf('@', at) > close) {
            return null;
        }
        char after = close + 1 < input.length() ? input.charAt(close + 1) : ' ';
        if (after == '(' || after == '[' || after == ':') {
            return null;
        }
        List<Citation.Item> items = new ArrayList<>();
        int from = at + 1;
        for (int semicolon = from; semicolon <= close; semicolon++) {
            if (semicolon == close || input.charAt(semicolon) == ';') {
                Citation.Item item = item(input, from, semicolon);
                if (item == null) {
                    return null;
                }
                items.add(item);
                from = semicolon + 1;
            }
        }
        return new Parsed(new Citation(input.subSequence(at, close + 1), items, true), close + 1);
    }

    private static Citation.Item item(BasedSequence input, int from, int to) {
        Matcher m = ITEM.matcher(input.subSequence(from, to));
        if (!m.matches() || CROSS_REFERENCE.matcher(m.group(3)).matches()
                || (!m.group(1).isEmpty() && !Character.isWhitespace(m.group(1).charAt(m.group(1).length() - 1)))) {
            return null;
        }
        BasedSequence key = input.subSequence(from + m.start(3), from + m.end(3));
        return new Citation.Item(key, m.group(1).strip(), m.group(4) == null ? "" : m.group(4).strip(), !m.group(2).isEmpty());
    }

    /** The index of the {@code ]} closing the bracket at {@code at} (no nested brackets), or -1. */
    private static int closingBracket(BasedSequence input, int at) {
        int end = Math.min(input.length(), at + MAX_BRACKETED);
        for (int i = at + 1; i < end; i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "@[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new CitationParser(inlineParser);
        }
    }
}
