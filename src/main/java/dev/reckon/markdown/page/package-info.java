/**
 * What Reckon's Markdown extensions share about the page being parsed and rendered, below every
 * extension package: its {@link dev.reckon.markdown.page.PageContext} (where the text came from, and
 * where problems, math and dependencies are recorded) and the fences they claim as nodes of their own;
 * and what they share about the reader's line: an {@link dev.reckon.markdown.page.InlineFigure} keeps
 * the punctuation after it on its line ({@link dev.reckon.markdown.page.FigurePunctuationExtension}).
 */
package dev.reckon.markdown.page;
