package dev.reckon.calc;

import dev.reckon.calc.Expr.Binary;
import dev.reckon.calc.Expr.Call;
import dev.reckon.calc.Expr.Convert;
import dev.reckon.calc.Expr.Literal;
import dev.reckon.calc.Expr.Name;
import dev.reckon.calc.Expr.Negate;
import dev.reckon.calc.Expr.Op;
import java.util.List;

/**
 * Derived equations: the expression with every input substituted, then the exact result in coherent base
 * units, then the rounded figure the prose uses, so readers can check the arithmetic themselves.
 */
final class Equations {
    private static final int ATOM = 9;
    private static final int PRODUCT = 2;
    private static final int SUM = 1;

    private final Session session;
    private final Evaluator evaluator;

    Equations(Session session) {
        this.session = session;
        this.evaluator = session.evaluator();
    }

    private record Tex(String tex, int precedence) {
    }

    String equation(Specs.Parsed spec) {
        Expr top = spec.expr();
        Unit target = Session.targetOf(top);
        Expr body = top instanceof Convert c ? c.expr() : top;
        Quantity value = evaluator.number(top);
        String lead = "";
        if (body instanceof Name n && !n.name().contains(".")) {
            Session.Binding b = session.binding(n.name());
            if (b != null && b.expr() != null && isCompound(b.expr())) {
                lead = "\\mathrm{" + escapeMath(n.name()) + "} = ";
                body = b.expr() instanceof Convert c ? c.expr() : b.expr();
            }
        }
        FormatOptions o = spec.options();
        String rounded = Formatter.format(value, target, o).tex();
        boolean simple = body instanceof Name || body instanceof Literal || body instanceof Expr.Range;
        if (o.symbolic() || simple) {
            return lead + render(body, true).tex() + " = " + rounded;
        }
        // The result to six digits, then the figure as the prose prints it, when that rounds something away.
        String exact = Formatter.format(value, target, INPUTS.withScaleOf(o)).tex();
        String result = exact.equals(rounded) ? exact : exact + " \\approx " + rounded;
        return lead + render(body, false).tex() + " = " + result;
    }

    /** Substituted values and the unrounded result: prose formatting, up to six significant digits. */
    private static final FormatOptions INPUTS = FormatOptions.upTo(6);

    private static boolean isCompound(Expr e) {
        Expr inner = e instanceof Convert c ? c.expr() : e;
        return !(inner instanceof Literal);
    }

    private Tex render(Expr e, boolean symbolic) {
        return switch (e) {
            case Literal l -> literal(l);
            case Expr.Range r -> range(r);
            case Name n -> symbolic ? new Tex(symbolicName(n.name()), ATOM) : substituted(n);
            case Negate n -> {
                Tex inner = render(n.operand(), symbolic);
                yield new Tex("-" + wrap(inner, PRODUCT), PRODUCT);
            }
            case Binary b -> binary(b, symbolic);
            case Call c -> call(c, symbolic);
            case Convert c -> render(c.expr(), symbolic);
        };
    }

    private Tex binary(Binary b, boolean symbolic) {
        Tex l = render(b.left(), symbolic);
        Tex r = render(b.right(), symbolic);
        return switch (b.op()) {
            case ADD -> new Tex(l.tex() + " + " + r.tex(), SUM);
            case SUB -> new Tex(l.tex() + " - " + wrap(r, PRODUCT), SUM);
            case MUL -> new Tex(wrap(l, PRODUCT) + " \\times " + wrap(r, PRODUCT), PRODUCT);
            case DIV -> new Tex("\\frac{" + l.tex() + "}{" + r.tex() + "}", ATOM);
            case POW -> new Tex(wrap(l, ATOM) + "^{" + r.tex() + "}", ATOM);
        };
    }

    private Tex call(Call c, boolean symbolic) {
        List<String> args = c.args().stream().map(a -> render(a, symbolic).tex()).toList();
        String joined = String.join(", ", args);
        String tex = switch (c.name()) {
            case "sqrt" -> "\\sqrt{" + joined + "}";
            case "log" -> "\\ln\\left(" + joined + "\\right)";
            case "log10" -> "\\log_{10}\\left(" + joined + "\\right)";
            case "log2" -> "\\log_{2}\\left(" + joined + "\\right)";
            case "exp" -> "\\exp\\left(" + joined + "\\right)";
            case "min" -> "\\min\\left(" + joined + "\\right)";
            case "max" -> "\\max\\left(" + joined + "\\right)";
            case "abs" -> "\\left|" + joined + "\\right|";
            case "ceil" -> "\\left\\lceil " + joined + " \\right\\rceil";
            case "floor" -> "\\left\\lfloor " + joined + " \\right\\rfloor";
            default -> "\\operatorname{" + escapeMath(c.name()) + "}\\left(" + joined + "\\right)";
        };
        return new Tex(tex, ATOM);
    }

    private static String wrap(Tex t, int needed) {
        return t.precedence() < needed ? "\\left(" + t.tex() + "\\right)" : t.tex();
    }

    private Tex literal(Literal l) {
        String unit = l.unit() == null ? "" : l.unit().unit().symbol();
        return tex(Formatter.render(l.number(), unit, false, INPUTS), !unit.isEmpty() || l.number() < 0);
    }

    private Tex range(Expr.Range r) {
        Numbers.Digits d = Numbers.range(r.low(), r.high(), false, INPUTS);
        return new Tex(Formatter.withUnit(d, r.unit() == null ? "" : r.unit().unit().symbol()).tex(), PRODUCT);
    }

    private Tex substituted(Name n) {
        Value v = evaluator.any(n);
        if (!(v instanceof Quantity)) {
            return new Tex(Formatter.format(v, null, INPUTS).tex(), ATOM);
        }
        Quantity q = (Quantity) v;
        Rendered r = Formatter.format(q, null, INPUTS);
        return tex(r, q.isRange() || !q.dimension().isDimensionless() || q.value() < 0);
    }

    /** A value as an operand: a bare non-negative number binds like an atom, anything with a unit or a power of ten like a product. */
    private static Tex tex(Rendered r, boolean compound) {
        return new Tex(r.tex(), compound || r.tex().contains("\\times") || r.tex().contains("\\ ") ? PRODUCT : ATOM);
    }

    private String symbolicName(String name) {
        if (name.contains(".")) {
            return "\\text{" + Formatter.escapeText(name) + "}";
        }
        if (session.binding(name) == null && Units.find(name).isPresent()) {
            return Formatter.texUnit(name);
        }
        return "\\mathrm{" + escapeMath(name) + "}";
    }

    static String escapeMath(String name) {
        return name.replace("_", "\\_");
    }
}
