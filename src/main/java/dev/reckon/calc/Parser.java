package dev.reckon.calc;

import dev.reckon.calc.Expr.Binary;
import dev.reckon.calc.Expr.Call;
import dev.reckon.calc.Expr.Convert;
import dev.reckon.calc.Expr.Literal;
import dev.reckon.calc.Expr.Name;
import dev.reckon.calc.Expr.Negate;
import dev.reckon.calc.Expr.Op;
import dev.reckon.calc.Expr.UnitRef;
import dev.reckon.calc.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser. Precedence, lowest first: {@code ->}, + -, * /, unary minus, ^ (right-assoc).
 * A unit written directly after a number binds tighter than any operator, so {@code 4 B/param} is one value.
 */
final class Parser {
    static final int MAX_DEPTH = 200;
    /** Bounds the tree height (long operator chains too), so evaluating never exhausts a thread's stack. */
    static final int MAX_HEIGHT = 500;
    private static final String OPERATORS = "an operator (+ - * / ^) or '->'";

    private final List<Token> tokens;
    private int i;
    private int depth;
    private final java.util.IdentityHashMap<Expr, Integer> heights = new java.util.IdentityHashMap<>();

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr expression(Source source) {
        return expression(source, 0, source.text().length());
    }

    static Expr expression(Source source, int start, int end) {
        Parser p = new Parser(Lexer.tokenize(source, start, end));
        if (p.peek().is(Kind.EOF)) {
            throw p.peek().pos().error("expected an expression", "write a number, a name or a data path such as h200.memory");
        }
        Expr e = p.parseExpression();
        p.expectEnd();
        return e;
    }

    static Statement statement(Source source, int start, int end) {
        Parser p = new Parser(Lexer.tokenize(source, start, end));
        return p.parseStatement();
    }

    private Statement parseStatement() {
        Token first = peek();
        if (first.is(Kind.EOF)) {
            return new Statement.Blank();
        }
        if (first.isWord("assert") && !peekAt(1).is(Kind.ASSIGN)) {
            return parseAssertion();
        }
        if (first.is(Kind.IDENT) && peekAt(1).is(Kind.ASSIGN)) {
            checkPlainName(first);
            i += 2;
            Expr e = parseExpression();
            expectEnd();
            return new Statement.Definition(first.text(), first.pos(), e);
        }
        if (first.is(Kind.IDENT) && peekAt(1).is(Kind.LPAREN) && looksLikeFunctionDef()) {
            checkPlainName(first);
            i += 2;
            List<String> params = new ArrayList<>();
            if (!peek().is(Kind.RPAREN)) {
                do {
                    Token param = expect(Kind.IDENT, "a parameter name");
                    checkPlainName(param);
                    if (params.contains(param.text())) {
                        throw param.pos().error("parameter '" + param.text() + "' appears twice", "give each parameter its own name");
                    }
                    params.add(param.text());
                } while (accept(Kind.COMMA));
            }
            expect(Kind.RPAREN, "')'");
            expect(Kind.ASSIGN, "'='");
            Expr body = parseExpression();
            expectEnd();
            return new Statement.FunctionDef(first.text(), first.pos(), params, body);
        }
        throw first.pos().error("expected a definition or an assertion",
                "each line of a calc block is `name = expression`, `f(a, b) = expression`, `assert ...` or `# comment`");
    }

    private boolean looksLikeFunctionDef() {
        int j = i + 2;
        while (j < tokens.size() && !tokens.get(j).is(Kind.RPAREN) && !tokens.get(j).is(Kind.EOF)) {
            j++;
        }
        return j + 1 < tokens.size() && tokens.get(j).is(Kind.RPAREN) && tokens.get(j + 1).is(Kind.ASSIGN);
    }

    private void checkPlainName(Token name) {
        if (name.text().contains(".")) {
            throw name.pos().error("cannot define a dotted name '" + name.text() + "'",
                    "dotted paths read the data set; use a plain name such as " + name.text().replace('.', '_'));
        }
    }

    private Statement parseAssertion() {
        Token start = next();
        Expr left = parseExpression();
        Token cmp = next();
        if (!(cmp.is(Kind.EQ) || cmp.is(Kind.LT) || cmp.is(Kind.LE) || cmp.is(Kind.GT) || cmp.is(Kind.GE)
                || cmp.is(Kind.APPROX))) {
            String hint = cmp.is(Kind.ASSIGN) ? "use '==' (exact) or '≈' / '~=' (within a tolerance) to compare"
                    : "an assertion compares two expressions with ≈ (or ~=), ==, <, <=, > or >=";
            throw cmp.pos().error("expected a comparison, found " + cmp.describe(), hint);
        }
        Expr right = parseExpression();
        Expr tolerance = null;
        Statement.Quantifier quantifier = Statement.Quantifier.NONE;
        while (true) {
            if (peek().isWord("within") && tolerance == null) {
                Token within = next();
                if (!cmp.is(Kind.APPROX)) {
                    throw within.pos().error("'within' only applies to ≈", "write `assert a ≈ b within 5%`");
                }
                tolerance = parseExpression();
            } else if (peek().isWord("for") && quantifier == Statement.Quantifier.NONE) {
                next();
                Token which = next();
                if (which.isWord("all")) {
                    quantifier = Statement.Quantifier.ALL;
                } else if (which.isWord("some")) {
                    quantifier = Statement.Quantifier.SOME;
                } else {
                    throw which.pos().error("expected 'all' or 'some' after 'for', found " + which.describe(),
                            "`for all` demands every value of a range, `for some` at least one");
                }
            } else {
                break;
            }
        }
        expectEnd();
        return new Statement.Assertion(left, cmp.kind(), right, tolerance, quantifier, start.pos().to(previous().pos()));
    }

    Expr parseExpression() {
        Expr e = parseAdditive();
        if (peek().is(Kind.ARROW)) {
            next();
            UnitRef target = parseUnit();
            e = new Convert(e, target, e.pos().to(target.pos()));
        }
        return e;
    }

    private Expr parseAdditive() {
        Expr e = parseMultiplicative();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            Op op = next().is(Kind.PLUS) ? Op.ADD : Op.SUB;
            Expr r = parseMultiplicative();
            e = tall(new Binary(op, e, r, e.pos().to(r.pos())), e, r);
        }
        return e;
    }

    private Expr parseMultiplicative() {
        Expr e = parseUnary();
        while (peek().is(Kind.STAR) || peek().is(Kind.SLASH)) {
            Op op = next().is(Kind.STAR) ? Op.MUL : Op.DIV;
            Expr r = parseUnary();
            e = tall(new Binary(op, e, r, e.pos().to(r.pos())), e, r);
        }
        return e;
    }

    private Expr parseUnary() {
        enter();
        try {
            if (peek().is(Kind.MINUS) && peekAt(1).is(Kind.NUMBER) && peekAt(2).is(Kind.RANGE)) {
                Token minus = next();
                return range(minus, -next().number());
            }
            if (peek().is(Kind.MINUS)) {
                Token minus = next();
                Expr operand = parseUnary();
                return tall(new Negate(operand, minus.pos().to(operand.pos())), operand, operand);
            }
            if (peek().is(Kind.PLUS)) {
                next();
                return parseUnary();
            }
            return parsePower();
        } finally {
            depth--;
        }
    }

    private Expr parsePower() {
        Expr base = parsePrimary();
        if (peek().is(Kind.CARET)) {
            next();
            Expr exponent = parseUnary();
            return tall(new Binary(Op.POW, base, exponent, base.pos().to(exponent.pos())), base, exponent);
        }
        return base;
    }

    private Expr parsePrimary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                next();
                if (peek().is(Kind.RANGE)) {
                    return range(t, t.number());
                }
                Optional<UnitRef> unit = literalUnit();
                return new Literal(t.number(), unit.orElse(null), unit.map(u -> t.pos().to(u.pos())).orElse(t.pos()));
            }
            case IDENT -> {
                next();
                if (peek().is(Kind.LPAREN) && !t.text().contains(".")) {
                    next();
                    List<Expr> args = new ArrayList<>();
                    if (!peek().is(Kind.RPAREN)) {
                        do {
                            args.add(parseExpression());
                        } while (accept(Kind.COMMA));
                    }
                    Token close = expect(Kind.RPAREN, "')' or ','");
                    return new Call(t.text(), List.copyOf(args), t.pos(), t.pos().to(close.pos()));
                }
                return new Name(t.text(), t.pos());
            }
            case LPAREN -> {
                Token open = next();
                Expr inner = parseExpression();
                Token close = expect(Kind.RPAREN, "')'");
                return Expr.parenthesised(inner, open.pos().to(close.pos()));
            }
            default -> throw t.pos().error("expected a value, found " + t.describe(),
                    "write a number, a name, a data path or a parenthesised expression");
        }
    }

    /** The rest of {@code low..high [unit]} after its low end (which starts at {@code first}). */
    private Expr range(Token first, double low) {
        Token dots = expect(Kind.RANGE, "'..'");
        boolean negative = accept(Kind.MINUS);
        if (!peek().is(Kind.NUMBER)) {
            throw peek().pos().error("expected the high end of the range after '..', found " + peek().describe(),
                    "write a range as low..high with numbers at both ends, e.g. 38..43 %");
        }
        Token highToken = next();
        double high = negative ? -highToken.number() : highToken.number();
        Optional<UnitRef> unit = literalUnit();
        Pos pos = first.pos().to(unit.map(UnitRef::pos).orElse(highToken.pos()));
        if (!(low < high)) {
            Pos ends = first.pos().to(highToken.pos());
            throw low == high
                    ? ends.error("a range needs two different ends", "write the single value " + highToken.text() + " instead")
                    : ends.error("the range's ends are reversed", "write the low end first: "
                            + ends.text().substring(dots.pos().end() - ends.start()) + ".." + ends.text().substring(0, dots.pos().start() - ends.start()));
        }
        return new Expr.Range(low, high, unit.orElse(null), pos);
    }

    /**
     * The unit directly after a number: unit atoms joined by '/', e.g. {@code TFLOP/s}, {@code B/param}, a
     * parenthesised denominator ({@code USD/(GPU*h)}), or '*' written without spaces ({@code GPU*h}), which
     * reads as one unit; {@code 2 GPU * h} with spaces stays a product (the same value either way).
     */
    private Optional<UnitRef> literalUnit() {
        Optional<Unit> first = unitAt(i);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Token start = next();
        UnitRef unit = unitPower(first.get(), start.pos());
        while (true) {
            if (peek().is(Kind.SLASH) && unitAt(i + 1).isPresent()) {
                next();
                unit = combine(unit, true, unitPower(unitAt(i).orElseThrow(), next().pos()));
            } else if (peek().is(Kind.SLASH) && peekAt(1).is(Kind.LPAREN) && unitGroupEnd(i + 1) > 0) {
                next();
                unit = combine(unit, true, unitGroup());
            } else if (peek().is(Kind.STAR) && glued(previous(), peek(), peekAt(1)) && unitAt(i + 1).isPresent()) {
                next();
                unit = combine(unit, false, unitPower(unitAt(i).orElseThrow(), next().pos()));
            } else {
                return Optional.of(unit);
            }
        }
    }

    private static UnitRef combine(UnitRef left, boolean divide, UnitRef right) {
        Unit u = divide ? left.unit().per(right.unit()) : left.unit().times(right.unit());
        return new UnitRef(u, left.pos().to(right.pos()));
    }

    private static boolean glued(Token before, Token star, Token after) {
        return before.pos().end() == star.pos().start() && star.pos().end() == after.pos().start();
    }

    /** Index just past the ')' of a group of unit atoms starting at the '(' at {@code open}, or -1. */
    private int unitGroupEnd(int open) {
        int j = open + 1;
        while (true) {
            if (unitAt(j).isEmpty()) {
                return -1;
            }
            j++;
            if (j < tokens.size() && tokens.get(j).is(Kind.CARET)) {
                j += tokens.get(j + 1).is(Kind.MINUS) ? 3 : 2;
            }
            if (j >= tokens.size()) {
                return -1;
            }
            Token t = tokens.get(j);
            if (t.is(Kind.RPAREN)) {
                return j + 1;
            }
            if (!t.is(Kind.STAR) && !t.is(Kind.SLASH)) {
                return -1;
            }
            j++;
        }
    }

    /** {@code (GPU*h)}: unit atoms joined by * and /, in parentheses. */
    private UnitRef unitGroup() {
        Token open = expect(Kind.LPAREN, "'('");
        UnitRef unit = unitAtom();
        while (peek().is(Kind.SLASH) || peek().is(Kind.STAR)) {
            boolean divide = next().is(Kind.SLASH);
            unit = combine(unit, divide, unitAtom());
        }
        Token close = expect(Kind.RPAREN, "')'");
        Unit u = unit.unit();
        return new UnitRef(new Unit("(" + u.symbol() + ")", u.factor(), u.dimension()), open.pos().to(close.pos()));
    }

    /** {@code s^2} inside a literal is a unit power, so {@code 4 s^2} is four square seconds, not (4 s)². */
    private UnitRef unitPower(Unit unit, Pos pos) {
        int sign = peekAt(1).is(Kind.MINUS) ? 1 : 0;
        if (peek().is(Kind.CARET) && peekAt(1 + sign).is(Kind.NUMBER) && !peekAt(1 + sign).text().contains(".")) {
            next();
            if (sign == 1) {
                next();
            }
            Token n = next();
            if (Math.abs(n.number()) > 9) {
                throw n.pos().error("unit exponents must be small integers", "write e.g. s^2");
            }
            int exponent = (int) n.number() * (sign == 1 ? -1 : 1);
            return new UnitRef(unit.power(exponent), pos.to(n.pos()));
        }
        return new UnitRef(unit, pos);
    }

    private Optional<Unit> unitAt(int index) {
        Token t = index < tokens.size() ? tokens.get(index) : null;
        if (t == null || !t.is(Kind.IDENT) || (index + 1 < tokens.size() && tokens.get(index + 1).is(Kind.LPAREN))) {
            return Optional.empty();
        }
        return Units.find(t.text());
    }

    /** A conversion target such as {@code TB}, {@code years}, {@code TFLOP/s}, {@code B/param}, {@code s^2}, {@code USD/(GPU*h)}. */
    private UnitRef parseUnit() {
        UnitRef unit = peek().is(Kind.LPAREN) ? unitGroup() : unitAtom();
        while (peek().is(Kind.SLASH) || peek().is(Kind.STAR)) {
            boolean divide = next().is(Kind.SLASH);
            unit = combine(unit, divide, peek().is(Kind.LPAREN) ? unitGroup() : unitAtom());
        }
        return unit;
    }

    private UnitRef unitAtom() {
        Token t = peek();
        if (!t.is(Kind.IDENT)) {
            throw t.pos().error("expected a unit after '->', found " + t.describe(), "write a unit such as TB, years or TFLOP/s");
        }
        next();
        Unit unit = Units.find(t.text()).orElseThrow(() ->
                t.pos().error("unknown unit '" + t.text() + "'", UnitHints.forUnknown(t.text())));
        if (peek().is(Kind.CARET)) {
            UnitRef powered = unitPower(unit, t.pos());
            if (powered.unit() == unit) {
                throw peekAt(1).pos().error("expected an integer exponent, found " + peekAt(1).describe(), "write e.g. s^2");
            }
            return powered;
        }
        return new UnitRef(unit, t.pos());
    }

    private Expr tall(Expr node, Expr a, Expr b) {
        int h = 1 + Math.max(heights.getOrDefault(a, 0), heights.getOrDefault(b, 0));
        if (h > MAX_HEIGHT) {
            throw node.pos().error("expression is nested too deeply", "use at most " + MAX_HEIGHT
                    + " operators in one chain; name intermediate results instead");
        }
        heights.put(node, h);
        return node;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw peek().pos().error("expression is nested too deeply", "use at most " + MAX_DEPTH
                    + " levels of parentheses; name intermediate results instead");
        }
    }

    private void expectEnd() {
        Token t = peek();
        if (t.is(Kind.EOF)) {
            return;
        }
        if (t.is(Kind.IDENT) && i > 0 && previous().is(Kind.NUMBER)) {
            throw t.pos().error("unknown unit '" + t.text() + "'", UnitHints.forUnknown(t.text()));
        }
        if (t.is(Kind.RPAREN)) {
            throw t.pos().error("unmatched ')'", "remove it or add the matching '('");
        }
        if (t.is(Kind.RANGE)) {
            throw t.pos().error("'..' makes a range only between two numbers", "write the unit once, after the high end: 38..43 %;"
                    + " for a range between computed values use range(low, high)");
        }
        String hint = t.is(Kind.ASSIGN) ? "'=' defines a name only at the start of a calc block line; compare with '=='"
                : "expected " + OPERATORS + " here";
        throw t.pos().error("unexpected " + t.describe(), hint);
    }

    private Token expect(Kind kind, String what) {
        Token t = peek();
        if (!t.is(kind)) {
            throw t.pos().error("expected " + what + ", found " + t.describe(),
                    kind == Kind.RPAREN ? "close the parenthesis opened earlier" : "expected " + what + " here");
        }
        return next();
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            next();
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(i);
    }

    private Token peekAt(int offset) {
        return tokens.get(Math.min(i + offset, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(i);
        if (i < tokens.size() - 1) {
            i++;
        }
        return t;
    }

    private Token previous() {
        return tokens.get(Math.max(0, i - 1));
    }
}
