/**
 * Problems in the author's input as data: a {@code Diagnostic} is a message with a
 * file:line:column span, the source line ({@code SourceLines}), a caret and a hint
 * ({@code DidYouMean} for typos), rendered rustc-style; only the cli prints them.
 */
package dev.reckon.diag;
