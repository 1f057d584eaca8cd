/**
 * What Reckon's Markdown extensions share about the page being parsed and rendered, below every
 * extension package: its {@link dev.reckon.markdown.page.PageContext} (where the text came from, and
 * where problems, math and dependencies are recorded) and the fences they claim as nodes of their own.
 */
package dev.reckon.markdown.page;
