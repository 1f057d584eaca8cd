package dev.reckon.calc;

import java.util.List;

/** One line of a calc block. */
sealed interface Statement {

    record Definition(String name, Pos namePos, Expr expr) implements Statement {
    }

    record FunctionDef(String name, Pos namePos, List<String> params, Expr body) implements Statement {
    }

    /**
     * @param comparison one of EQ, LT, LE, GT, GE, APPROX
     * @param tolerance  null when omitted (5% relative for ≈)
     * @param quantifier how a range must satisfy the comparison ({@code for all} / {@code for some})
     */
    record Assertion(Expr left, Token.Kind comparison, Expr right, Expr tolerance, Quantifier quantifier, Pos pos)
            implements Statement {
    }

    /** Over ranges: NONE (the author said nothing, so a range is an error), every value, or at least one. */
    enum Quantifier {
        NONE, ALL, SOME
    }

    record Blank() implements Statement {
    }
}
