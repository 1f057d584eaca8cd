/**
 * Fenced code highlighted at build time with Prism in the shared GraalJS engine, as a flexmark
 * extension that sees only the fences math and the directives leave.
 */
package dev.reckon.highlight;
