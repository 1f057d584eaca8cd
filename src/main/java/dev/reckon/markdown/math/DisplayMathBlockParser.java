package dev.reckon.markdown.math;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.page.Attributes;
import dev.reckon.markdown.page.Independent;
import java.util.regex.Pattern;

/**
 * Display math as a block of its own. A line starting with {@code $$} opens it, a line ending with
 * {@code $$} (or {@code $$ {#eq-label}}) closes it, the same line for a one-line equation. Lines in
 * between are raw TeX: Markdown never sees them, so {@code \\}, {@code &}, {@code *} and blank lines
 * survive.
 *
 * <p>Which lines open a block follows pandoc, where {@code $$} that is never closed is text: a line
 * that is {@code $$} alone is clearly math and opens a block even when unclosed (reported as an error
 * at its position); a line with more after its {@code $$} ({@code $$ signs everywhere}, or
 * {@code $$ x = 1 +} continued below) opens one only if a later line of the same paragraph closes it,
 * and is otherwise an ordinary paragraph.
 */
final class DisplayMathBlockParser extends AbstractBlockParser {
    /** A line's end that closes display math: {@code $$}, maybe followed by a label. */
    private static final Pattern CLOSING = Pattern.compile(".*\\$\\$\\s*(\\{\\s*#[^{}]*})?\\s*");
    /** A container's markers and indentation before a line's text, for looking ahead ({@code > > }). */
    private static final Pattern CONTAINER_PREFIX = Pattern.compile("^[\\s>]*");
    /** How far a paragraph is searched for the closing line, at most. */
    private static final int LOOK_AHEAD_LINES = 200;

    private final DisplayMath block = new DisplayMath();
    private final BlockContent content = new BlockContent();
    private boolean closed;

    DisplayMathBlockParser(boolean closedOnFirstLine) {
        this.closed = closedOnFirstLine;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
        if (content.getLineCount() > 1 && CLOSING.matcher(line.trimEOL()).matches()) {
            closed = true;
        }
    }

    @Override
    public boolean isRawText() {
        return true;
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        block.setClosed(closed);
        // The lines' own text (after any container's markers), joined: offsets still map to the source.
        BasedSequence all = content.getContents().trim();
        BasedSequence tex = all.subSequence(2);
        if (closed) {
            block.setLabel(Attributes.trailingId(tex));
            BasedSequence end = Attributes.withoutTrailingId(tex).trimEnd();
            tex = end.subSequence(0, end.length() - 2);
        }
        block.setTex(tex.trim());
        block.setCharsFromContent();
    }

    static final class Factory implements CustomBlockParserFactory, Independent {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEnd();
            if (!line.startsWith("$$")) {
                return BlockStart.none();
            }
            int close = line.indexOf("$$", 2);
            if (close >= 0) {
                // "$$x$$" or "$$x$$ {#eq-x}" is a block; "$$x$$ and more" is display math inside a paragraph.
                BasedSequence after = line.subSequence(close + 2).trim();
                return after.isEmpty() || !Attributes.trailingId(after).isNull() && after.startsWith("{")
                        ? BlockStart.of(new DisplayMathBlockParser(true)).atIndex(state.getIndex())
                        : BlockStart.none();
            }
            boolean clearlyMath = line.length() == 2;
            if (!clearlyMath && !closedLater(state.getLine())) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathBlockParser(false)).atIndex(state.getIndex());
        }

        /**
         * Whether a line after this one closes the math before the paragraph ends (at a blank line,
         * inside any quote, or at the end of the text).
         */
        private static boolean closedLater(BasedSequence line) {
            BasedSequence text = line.getBaseSequence();
            int at = line.getEndOffset();
            if (at > 0 && text.charAt(at - 1) != '\n') { // the line came without its end of line
                int eol = text.indexOf('\n', at);
                at = eol < 0 ? text.length() : eol + 1;
            }
            for (int n = 0; n < LOOK_AHEAD_LINES && at < text.length(); n++) {
                int end = text.indexOf('\n', at);
                if (end < 0) {
                    end = text.length();
                }
                String next = CONTAINER_PREFIX.matcher(text.subSequence(at, end)).replaceFirst("");
                if (next.isBlank()) {
                    return false;
                }
                if (CLOSING.matcher(next).matches()) {
                    return true;
                }
                at = end + 1;
            }
            return false;
        }
    }
}
