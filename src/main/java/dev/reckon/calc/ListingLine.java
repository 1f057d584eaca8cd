package dev.reckon.calc;

/**
 * One definition or assertion of a calc block as shown in the rendered listing.
 *
 * @param text  formatted result (plain), null for function definitions
 * @param tex   formatted result (TeX), null for function definitions
 * @param at    where the line is written
 * @param trace what a definition's value was computed from (empty for functions and assertions)
 */
public record ListingLine(String source, String text, String tex, Origin at, Trace trace) {
}
