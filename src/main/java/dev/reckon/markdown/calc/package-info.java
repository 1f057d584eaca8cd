/**
 * The flexmark extension for calculation directives (calc blocks, equations, tables, charts and
 * inline results), evaluated by a {@code calc.Session} per document.
 */
package dev.reckon.markdown.calc;
