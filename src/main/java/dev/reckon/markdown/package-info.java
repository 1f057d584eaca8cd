/**
 * Markdown to HTML with flexmark: one parser and renderer per build, the math and calculation
 * extensions, and a {@code PageContext} per document that positions every problem in the source
 * file.
 */
package dev.reckon.markdown;
