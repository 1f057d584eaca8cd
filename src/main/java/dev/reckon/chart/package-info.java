/**
 * Charts drawn at build time as inline SVG from values the calculation engine computes: a line chart of
 * an expression over a sampled variable, and a roofline chart of one or more accelerators. Knows nothing
 * of Markdown: it reads a chart spec (lines of {@code key: value}) with its position in the source file and
 * returns SVG markup, reaching the engine only through {@link dev.reckon.calc.Session}.
 */
package dev.reckon.chart;
