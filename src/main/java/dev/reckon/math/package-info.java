/**
 * TeX to HTML+MathML with the real KaTeX inside a sandboxed GraalJS context, cached in memory per
 * build and on disk across builds.
 */
package dev.reckon.math;
