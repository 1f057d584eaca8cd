package dev.reckon.markdown.page;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;

/** An inline parser extension that keeps no state across blocks or documents: flexmark's two end-of hooks, answered once. */
public interface InlineSyntax extends InlineParserExtension {
    @Override
    default void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    default void finalizeBlock(InlineParser inlineParser) {
    }
}
