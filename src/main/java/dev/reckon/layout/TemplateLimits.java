package dev.reckon.layout;

import java.time.Duration;

/**
 * What one run of a template (one page, feed or sitemap) may spend. A theme is code from the
 * site's repository, so a runaway macro or loop must end as a positioned error, not as a
 * StackOverflowError, an OutOfMemoryError or a build that never ends. The defaults are hundreds of
 * times what the default theme needs (its deepest page nests 10 elements, renders in milliseconds
 * and writes well under a megabyte).
 *
 * @param depth     how deeply elements may nest: directives, interpolations, and the bodies of
 *                  macros, functions and included templates; a recursion that never ends hits it
 * @param time      the wall-clock time a run may take
 * @param output    characters a run may write
 * @param allocated bytes a run may allocate (strings it builds, captured output): a string doubled
 *                  in a loop hits this before the heap runs out
 */
public record TemplateLimits(int depth, Duration time, long output, long allocated) {
    public static final TemplateLimits DEFAULT =
            new TemplateLimits(500, Duration.ofSeconds(10), 32_000_000, 512L << 20);
}
