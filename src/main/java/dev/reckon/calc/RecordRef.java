package dev.reckon.calc;

import dev.reckon.data.DataRecord;

/**
 * A whole data record (a model, an accelerator, a number format) as a value: what a function parameter or
 * a name such as {@code model = llama31_70b} holds, so {@code m.layers} reads the record's figure. Never a
 * number: arithmetic on it is an error naming its figures.
 *
 * @param written the name the author used for it, for messages ({@code llama31_70b}, {@code m}, {@code row})
 */
record RecordRef(DataRecord record, String written) implements Value {
}
