/**
 * The flexmark extension for math: inline and display TeX syntax, its nodes, and their rendering
 * through the math package.
 */
package dev.reckon.markdown.math;
