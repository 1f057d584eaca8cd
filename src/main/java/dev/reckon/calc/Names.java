package dev.reckon.calc;

import java.util.Collection;
import java.util.List;

/** The user-defined names and functions visible to an expression (a session's, or none for data). */
interface Names {
    Names NONE = new Names() {
        @Override
        public Value value(String name) {
            return null;
        }

        @Override
        public UserFunction function(String name) {
            return null;
        }

        @Override
        public Collection<String> all() {
            return List.of();
        }
    };

    /** Null when not defined. */
    Value value(String name);

    /** Null when not defined. */
    UserFunction function(String name);

    /** Told each name an expression looks up in the data set, found or not. */
    default void dataRead(String name) {
    }

    /** Told each data figure an expression reads, with its value: what the value is made from ({@link Trace}). */
    default void figureRead(FigureUse figure) {
    }

    /** Told each library formula an expression calls, by its sources. */
    default void formulaUsed(List<Citation> sources) {
    }

    /** Whether {@code name} was being defined by a line that failed (its error already reported). */
    default boolean failed(String name) {
        return false;
    }

    /** Every defined name and function, for suggestions. */
    Collection<String> all();

    record UserFunction(String name, List<String> params, Expr body) {
    }
}
