/**
 * The flexmark extension for citations in pandoc's syntax ({@code [@key]}, {@code [see @a, p. 3; @b]},
 * {@code [-@key]}, {@code @key} in prose) over a page's bibliography, and the References section at
 * the end of the page, author–year or numbered.
 */
package dev.reckon.markdown.cite;
