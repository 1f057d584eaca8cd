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
     */
    record Assertion(Expr left, Token.Kind comparison, Expr right, Expr tolerance, Pos pos) implements Statement {
    }

    record Blank() implements Statement {
    }
}
