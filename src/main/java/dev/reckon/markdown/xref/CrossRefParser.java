package dev.reckon.markdown.xref;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Independent;
import dev.reckon.markdown.page.InlineSyntax;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code @eq-x}, {@code @fig-x} and {@code @tbl-x} where an {@code @} starts a word (so
 * {@code user@fig-host.org} stays an address). The id is letters, digits and {@code _}, joined by
 * single {@code - . :} (so a sentence's full stop after {@code @fig-roofline.} is not part of it).
 */
final class CrossRefParser implements InlineSyntax {
    static final Pattern REFERENCE = Pattern.compile("@((?:eq|fig|tbl)-[\\p{L}\\p{N}_]+(?:[-.:][\\p{L}\\p{N}_]+)*)");

    CrossRefParser(LightInlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int at = inlineParser.getIndex();
        if (!InlineSyntax.startsWord(input, at) || InlineSyntax.insideBracket(inlineParser)) {
            return false;
        }
        Matcher m = REFERENCE.matcher(input);
        m.region(at, input.length());
        if (!m.lookingAt()) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new CrossRef(input.subSequence(at, m.end())));
        inlineParser.setIndex(m.end());
        return true;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "@";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new CrossRefParser(inlineParser);
        }
    }
}
