package dev.reckon.calc;

import dev.reckon.calc.Expr.Binary;
import dev.reckon.calc.Expr.Call;
import dev.reckon.calc.Expr.Convert;
import dev.reckon.calc.Expr.Literal;
import dev.reckon.calc.Expr.Name;
import dev.reckon.calc.Expr.Negate;
import dev.reckon.calc.Expr.Op;
import java.util.List;
import java.util.stream.Collectors;

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
        String rounded = Formatter.format(value, target, spec.options()).tex();
        boolean simple = body instanceof Name || body instanceof Literal;
        if (spec.options().symbolic() || simple) {
            return lead + render(body, true).tex() + " = " + rounded;
        }
        String exact = exact(value);
        String result = exact.equals(rounded) ? exact : exact + " \\approx " + rounded;
        return lead + render(body, false).tex() + " = " + result;
    }

    private static boolean isCompound(Expr e) {
        Expr inner = e instanceof Convert c ? c.expr() : e;
        return !(inner instanceof Literal);
    }

    /** Exact result: coherent base units with long names, 3 significant digits. */
    static String exact(Quantity q) {
        double abs = Math.max(Math.abs(q.low()), Math.abs(q.high()));
        boolean sci = abs != 0 && (abs >= 1e4 || abs < 1e-3);
        Rendered r = Formatter.emit(q, new UnitChoice.Shown(1, "", sci), FormatOptions.DEFAULT);
        return withUnit(r.tex(), longBaseUnit(q.dimension(), !q.isRange() && q.value() == 1));
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
        Numbers.Digits d = Numbers.engineering(l.number());
        int precedence = d.tex().contains("\\times") ? PRODUCT : ATOM;
        if (l.unit() == null) {
            return new Tex(d.tex(), precedence);
        }
        return new Tex(withUnit(d.tex(), longLiteralUnit(l.unit().unit().symbol(), l.number() == 1)), PRODUCT);
    }

    private Tex range(Expr.Range r) {
        double abs = Math.max(Math.abs(r.low()), Math.abs(r.high()));
        Numbers.Digits d = Numbers.range(r.low(), r.high(), abs >= 1e4 || abs < 1e-3, FormatOptions.sig(6));
        if (r.unit() == null) {
            return new Tex(d.tex(), PRODUCT);
        }
        return new Tex(withUnit(d.tex(), longLiteralUnit(r.unit().unit().symbol(), false)), PRODUCT);
    }

    private Tex substituted(Name n) {
        Value v = evaluator.eval(n);
        if (v instanceof Text t) {
            return new Tex("\\text{" + Formatter.escapeText(t.value()) + "}", ATOM);
        }
        Quantity q = (Quantity) v;
        if (q.isRange()) {
            return new Tex(exact(q), PRODUCT);
        }
        Numbers.Digits d = Numbers.engineering(q.value());
        String unit = longBaseUnit(q.dimension(), q.value() == 1);
        boolean bare = unit.isEmpty() && !d.tex().contains("\\times") && q.value() >= 0;
        return new Tex(withUnit(d.tex(), unit), bare ? ATOM : PRODUCT);
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

    private static String withUnit(String number, String unit) {
        return unit.isEmpty() ? number : number + "\\," + Formatter.texUnit(unit);
    }

    /** {@code bytes/parameter}: plural only for the leading unit, as in English. */
    static String longBaseUnit(Dimension d, boolean singular) {
        String unit = d.equals(Dimension.POWER) ? "W" : d.compose(Equations::longName, "·");
        return singular ? unit : pluralizeFirst(unit);
    }

    private static String longName(BaseDimension b) {
        return switch (b) {
            case INFORMATION -> "byte";
            case PARAM -> "parameter";
            case TOKEN -> "token";
            default -> b.symbol;
        };
    }

    static String longLiteralUnit(String symbol, boolean singular) {
        String unit = List.of(symbol.split("/")).stream()
                .map(Equations::longAtom)
                .collect(Collectors.joining("/"));
        return singular ? unit : pluralizeFirst(unit);
    }

    private static String longAtom(String atom) {
        return switch (atom) {
            case "B", "byte", "bytes" -> "byte";
            case "bit", "bits" -> "bit";
            case "param", "params", "parameter", "parameters" -> "parameter";
            case "token", "tokens" -> "token";
            default -> atom;
        };
    }

    private static String pluralizeFirst(String unit) {
        return unit.replaceFirst("^(byte|bit|parameter|token)(?=$|/|·|\\^)", "$1s");
    }

    static String escapeMath(String name) {
        return name.replace("_", "\\_");
    }
}
