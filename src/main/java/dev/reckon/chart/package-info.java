/**
 * Charts drawn at build time as inline SVG from values the calculation engine computes: line charts of
 * one or more expressions over a sampled variable (a series of ranges drawn as a band), and a roofline
 * chart of one or more accelerators; laid out once for every column width. Knows nothing of Markdown: it
 * reads a chart spec (lines of {@code key: value}) with its position in the source file and returns SVG
 * markup, reaching the engine only through {@link dev.reckon.calc.Session}.
 */
package dev.reckon.chart;
