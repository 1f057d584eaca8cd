package dev.reckon.calc;

import java.util.List;
import java.util.stream.Stream;

/** Syntax tree of an expression; every node keeps its position for diagnostics. */
sealed interface Expr {
    Pos pos();

    /** Every node of the tree, this one first, then its operands left to right. */
    default Stream<Expr> nodes() {
        Stream<Expr> children = switch (this) {
            case Call c -> c.args().stream();
            case Binary b -> Stream.of(b.left(), b.right());
            case Negate n -> Stream.of(n.operand());
            case Convert c -> Stream.of(c.expr());
            case Literal l -> Stream.empty();
            case Range r -> Stream.empty();
            case Name n -> Stream.empty();
        };
        return Stream.concat(Stream.of(this), children.flatMap(Expr::nodes));
    }

    /** The name a data lookup would use: the head of a dotted path such as {@code h200.memory}, or the name. */
    static String head(Name n) {
        int dot = n.name().indexOf('.');
        return dot < 0 ? n.name() : n.name().substring(0, dot);
    }

    /**
     * A composite written in parentheses spans them, so its text, a definition's text and a caret under it
     * read as written ({@code (a + b) * c}, not {@code a + b) * c}); a single atom keeps its own position.
     */
    static Expr parenthesised(Expr e, Pos withParens) {
        return switch (e) {
            case Binary b -> new Binary(b.op(), b.left(), b.right(), withParens);
            case Negate n -> new Negate(n.operand(), withParens);
            case Convert c -> new Convert(c.expr(), c.target(), withParens);
            default -> e;
        };
    }

    /** A number, optionally with a unit written right after it ({@code 4 B/param}). */
    record Literal(double number, UnitRef unit, Pos pos) implements Expr {
    }

    /** A range literal {@code low..high unit}, e.g. {@code 38..43 %}: one unit, after the high end, for both. */
    record Range(double low, double high, UnitRef unit, Pos pos) implements Expr {
    }

    /** A user name, function parameter, unit, or dotted data path such as {@code h200.bf16.dense}. */
    record Name(String name, Pos pos) implements Expr {
    }

    record Negate(Expr operand, Pos pos) implements Expr {
    }

    record Binary(Op op, Expr left, Expr right, Pos pos) implements Expr {
    }

    record Call(String name, List<Expr> args, Pos namePos, Pos pos) implements Expr {
    }

    /** {@code expr -> unit}: checks the dimension and chooses the display unit; the value is unchanged. */
    record Convert(Expr expr, UnitRef target, Pos pos) implements Expr {
    }

    enum Op {
        ADD("+", 1), SUB("-", 1), MUL("*", 2), DIV("/", 2), POW("^", 4);

        final String symbol;
        final int precedence;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }

    /** A unit as written, with its position so conversion errors can point at it. */
    record UnitRef(Unit unit, Pos pos) {
    }
}
