package dev.reckon.calc;

/** A record's display name or descriptive field; allowed as a whole table cell, never in arithmetic. */
record Text(String value) implements Value {
}
