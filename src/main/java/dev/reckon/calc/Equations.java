package dev.reckon.calc;

import dev.reckon.calc.Expr.Binary;
import dev.reckon.calc.Expr.Call;
import dev.reckon.calc.Expr.Convert;
import dev.reckon.calc.Expr.Literal;
import dev.reckon.calc.Expr.Name;
import dev.reckon.calc.Expr.Negate;
import dev.reckon.calc.Expr.Op;
import java.util.List;
import java.util.function.Function;

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
        // The result to six digits, then the figure as the prose prints it, when that rounds something away.
        String exact = Formatter.format(value, target, INPUTS.withScaleOf(o)).tex();
        String result = exact.equals(rounded) ? exact : exact + " \\approx " + rounded;
        if (body instanceof Call c && isLibrary(c)) {
            return lead + libraryForm(c, o.symbolic() ? rounded : result, o.symbolic());
        }
        boolean simple = body instanceof Name || body instanceof Literal || body instanceof Expr.Range;
        if (o.symbolic() || simple) {
            return lead + render(body, this::symbolic).tex() + " = " + rounded;
        }
        return lead + render(body, this::substituted).tex() + " = " + result;
    }

    private boolean isLibrary(Call c) {
        return Library.has(c.name()) && session.functionNamed(c.name()) == null;
    }

    /** {@code train_flops(Llama 3.1 405B) = 6 N D = 6 × 4.05 × 10¹¹ params × 1.56 × 10¹³ tokens = …}: the formula's own form. */
    private String libraryForm(Call c, String result, boolean symbolic) {
        LibraryCall call = LibraryCall.bind(c, evaluator, session.calculator());
        String name = call(c, this::recordOrSymbol).tex();
        String unit = call.variant().result();
        String form = call.variant().form() + (unit == null ? "" : unit.equals(Library.PER_TOKEN) ? "\\text{ per token}"
                : "\\,\\text{" + unit + "}");
        if (symbolic) {
            return name + " = " + form + " = " + result;
        }
        Tex substituted = render(call.body(), n -> valueTex(call.inputs().get(n.name())));
        return name + " = " + form + " = " + substituted.tex() + " = " + result;
    }

    /** Substituted values and the unrounded result: prose formatting, up to six significant digits. */
    private static final FormatOptions INPUTS = FormatOptions.upTo(6);

    private static boolean isCompound(Expr e) {
        Expr inner = e instanceof Convert c ? c.expr() : e;
        return !(inner instanceof Literal);
    }

    /** {@code names} decides how a name appears: by name, or by its value. */
    private Tex render(Expr e, Function<Name, Tex> names) {
        return switch (e) {
            case Literal l -> literal(l);
            case Expr.Range r -> range(r);
            case Name n -> names.apply(n);
            case Negate n -> {
                Tex inner = render(n.operand(), names);
                yield new Tex("-" + wrap(inner, PRODUCT), PRODUCT);
            }
            case Binary b -> binary(b, names);
            case Call c -> call(c, names);
            case Convert c -> render(c.expr(), names);
        };
    }

    private Tex symbolic(Name n) {
        return new Tex(symbolicName(n.name()), ATOM);
    }

    /** A record argument by its name ("Llama 3.1 405B"), anything else by the name the author wrote. */
    private Tex recordOrSymbol(Name n) {
        return !n.name().contains(".") && evaluator.any(n) instanceof RecordRef r
                ? new Tex(Formatter.format(r, null, INPUTS).tex(), ATOM) : symbolic(n);
    }

    private Tex binary(Binary b, Function<Name, Tex> names) {
        Tex l = render(b.left(), names);
        Tex r = render(b.right(), names);
        return switch (b.op()) {
            case ADD -> new Tex(l.tex() + " + " + r.tex(), SUM);
            case SUB -> new Tex(l.tex() + " - " + wrap(r, PRODUCT), SUM);
            case MUL -> new Tex(wrap(l, PRODUCT) + " \\times " + wrap(r, PRODUCT), PRODUCT);
            case DIV -> new Tex("\\frac{" + l.tex() + "}{" + r.tex() + "}", ATOM);
            case POW -> new Tex(wrap(l, ATOM) + "^{" + r.tex() + "}", ATOM);
        };
    }

    private Tex call(Call c, Function<Name, Tex> names) {
        List<String> args = c.args().stream().map(a -> render(a, names).tex()).toList();
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
        return valueTex(evaluator.any(n));
    }

    private static Tex valueTex(Value v) {
        if (!(v instanceof Quantity q)) {
            return new Tex(Formatter.format(v, null, INPUTS).tex(), ATOM);
        }
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
