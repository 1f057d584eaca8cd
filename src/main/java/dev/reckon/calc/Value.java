package dev.reckon.calc;

/**
 * What an expression yields: a number with a dimension, or (only as a whole value) a piece of text, or a
 * whole data record (only as a function argument or a name's value).
 */
sealed interface Value permits Quantity, Text, RecordRef {
}
