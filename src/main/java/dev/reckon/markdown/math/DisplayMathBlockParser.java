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
import dev.reckon.markdown.page.Independent;

/**
 * A line starting with {@code $$} opens display math, closed by a line ending with {@code $$}
 * (the same line for one-line equations). Lines in between are raw TeX: Markdown never sees them,
 * so {@code \\}, {@code &}, {@code *} and blank lines survive.
 */
final class DisplayMathBlockParser extends AbstractBlockParser {
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
        if (content.getLineCount() > 1 && line.trimEnd().endsWith("$$")) {
            closed = true;
        }
    }

    @Override
    public boolean isRawText() {
        return true;
    }

    @Override
    public void closeBlock(ParserState state) {
        BasedSequence all = content.getSpanningChars();
        block.setContent(content);
        BasedSequence trimmed = all.trim();
        // Strip the $$ delimiters; an unclosed block keeps everything after its opening $$.
        BasedSequence tex = trimmed.subSequence(2);
        if (closed && tex.trimEnd().endsWith("$$")) {
            BasedSequence end = tex.trimEnd();
            tex = end.subSequence(0, end.length() - 2);
        }
        block.setTex(tex.trim());
        block.setCharsFromContent();
    }

    /** True when the display block was never closed (reported as an error when rendering). */
    static boolean isUnclosed(DisplayMath math) {
        return !math.getChars().trimEnd().endsWith("$$") || math.getChars().trim().length() < 4;
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
            if (close >= 0 && close + 2 < line.length()) {
                return BlockStart.none(); // "$$x$$ and more": inline display math in a paragraph
            }
            boolean oneLine = close >= 0;
            return BlockStart.of(new DisplayMathBlockParser(oneLine)).atIndex(state.getIndex());
        }
    }
}
