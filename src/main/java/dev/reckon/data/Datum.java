package dev.reckon.data;

import dev.reckon.diag.SourceSpan;

/**
 * One figure of a record, still as written: {@code expression} is engine syntax such as
 * {@code "989.5 TFLOP/s"} or {@code "175e9 param"}; the engine parses and evaluates it.
 *
 * @param path       dotted path inside the record, e.g. {@code "memory"} or {@code "bf16.dense"}
 * @param span       where the value is written in its YAML file (for positioned errors)
 * @param sourceLine the YAML line, for the caret display
 */
public record Datum(String path, String expression, Provenance provenance, SourceSpan span, String sourceLine) {
    /** True for a figure Reckon ships (read from a bundled file), false for one a site's file set. */
    public boolean bundled() {
        return span != null && span.file().startsWith(DataSetLoader.BUNDLED_PREFIX);
    }
}
