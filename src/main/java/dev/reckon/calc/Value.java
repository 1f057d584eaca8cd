package dev.reckon.calc;

/** What an expression yields: a number with a dimension, or (only as a whole value) a piece of text. */
sealed interface Value permits Quantity, Text {
}
