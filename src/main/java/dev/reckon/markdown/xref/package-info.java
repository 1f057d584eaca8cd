/**
 * The flexmark extension for numbered cross-references, in Quarto's and pandoc's syntax: labels
 * ({@code {#eq-x}}, {@code {#fig-x}}, {@code {#tbl-x}}) on display math, equations, charts and
 * tables number them per page, and {@code @eq-x} in prose links to them ("Equation 2").
 */
package dev.reckon.markdown.xref;
