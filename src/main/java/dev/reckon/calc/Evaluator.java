package dev.reckon.calc;

import dev.reckon.calc.Expr.Binary;
import dev.reckon.calc.Expr.Call;
import dev.reckon.calc.Expr.Convert;
import dev.reckon.calc.Expr.Literal;
import dev.reckon.calc.Expr.Name;
import dev.reckon.calc.Expr.Negate;
import dev.reckon.data.DataRecord;
import dev.reckon.diag.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a syntax tree. Only the operations below exist: there is no path from an expression to Java
 * objects, reflection or I/O. Every result is checked for overflow so a NaN can never reach an article.
 */
final class Evaluator {
    static final int MAX_CALL_DEPTH = 64;

    private final Calculator calculator;
    private final Names names;
    private final Map<String, Value> locals;
    private final DataRecord row;
    private final int callDepth;

    Evaluator(Calculator calculator, Names names, DataRecord row) {
        this(calculator, names, Map.of(), row, 0);
    }

    private Evaluator(Calculator calculator, Names names, Map<String, Value> locals, DataRecord row, int callDepth) {
        this.calculator = calculator;
        this.names = names;
        this.locals = locals;
        this.row = row;
        this.callDepth = callDepth;
    }

    /** An evaluator for a library formula's body: its inputs as names, nothing of the author's in scope. */
    Evaluator library(Map<String, Value> inputs) {
        return new Evaluator(calculator, Names.NONE, inputs, null, callDepth + 1);
    }

    /** Who is told what this evaluator reads. */
    Names names() {
        return names;
    }

    /** A value to show: a number or text; a whole record is an error that lists its figures. */
    Value eval(Expr e) {
        Value v = any(e);
        if (v instanceof RecordRef r) {
            throw wholeRecord(r, e);
        }
        return v;
    }

    /** Any value, a whole record included: what a function argument or a name's definition may be. */
    Value any(Expr e) {
        return switch (e) {
            case Literal l -> literal(l);
            case Expr.Range r -> range(r);
            case Name n -> name(n);
            case Negate n -> negate(n);
            case Binary b -> binary(b);
            case Call c -> call(c);
            case Convert c -> convert(c);
        };
    }

    /** Evaluates and insists on a number: text is only allowed as a whole value. */
    Quantity number(Expr e) {
        Value v = eval(e);
        if (v instanceof Quantity q) {
            return q;
        }
        if (v instanceof Text t) {
            throw e.pos().error("cannot use text in arithmetic: '" + e.pos().text() + "' is \"" + t.value() + "\"",
                    "text such as a record's name can only be shown as a whole value, e.g. in a table cell");
        }
        throw new IllegalStateException("eval returned " + v);
    }

    private CalcException wholeRecord(RecordRef r, Expr at) {
        String text = at.pos().text().strip();
        return at.pos().error("'" + text + "' is a whole record, not a figure",
                "choose a figure: " + calculator.fieldList(r.record(), text));
    }

    private Quantity negate(Negate n) {
        return number(n.operand()).negate();
    }

    private Quantity literal(Literal l) {
        if (l.unit() == null) {
            return Quantity.dimensionless(l.number());
        }
        Unit u = l.unit().unit();
        return checked(new Quantity(l.number() * u.factor(), u.dimension()).withDisplayBase(Units.displayBase(u)), l.pos());
    }

    private Quantity range(Expr.Range r) {
        Unit u = r.unit() == null ? new Unit("", 1, Dimension.NONE) : r.unit().unit();
        return checked(Quantity.range(r.low() * u.factor(), r.high() * u.factor(), u.dimension()).withDisplayBase(Units.displayBase(u)), r.pos());
    }

    private Value convert(Convert c) {
        Quantity q = number(c.expr());
        Unit target = c.target().unit();
        if (!q.dimension().equals(target.dimension())) {
            throw c.target().pos().error("cannot convert " + q.dimension().describe() + " to " + target.symbol()
                    + " (" + describeDimensionOnly(target.dimension()) + ")",
                    "'" + c.expr().pos().text() + "' is " + q.dimension().describe() + "; convert it to a unit of that dimension");
        }
        shownIn(q, target, c.target().pos());
        // Shown in the target's natural form: 2 * N -> FLOP/token is FLOP per token, not params.
        Quantity shown = q.withDimension(target.dimension().withItemsOf(q.dimension()));
        Unit base = Units.displayBase(target);
        return base == null ? shown : shown.withDisplayBase(base);
    }

    /** A value that is finite but overflows in the unit it is shown in (1e308 B in bit) is an overflow too. */
    static void shownIn(Quantity q, Unit unit, Pos pos) {
        if (unit != null && !q.map(v -> v / unit.factor(), q.dimension()).isFinite()) {
            throw pos.error("result overflows in " + unit.symbol(), "in " + unit.symbol()
                    + " the value is beyond about 1.8 × 10³⁰⁸; convert it to a larger unit");
        }
    }

    private static String describeDimensionOnly(Dimension d) {
        String full = d.describe();
        int paren = full.indexOf('(');
        return paren < 0 ? full : full.substring(paren + 1, full.length() - 1);
    }

    private Value binary(Binary b) {
        Quantity l = number(b.left());
        Quantity r = number(b.right());
        return switch (b.op()) {
            case ADD, SUB -> {
                if (!l.dimension().equals(r.dimension())) {
                    String verb = b.op() == Expr.Op.ADD ? "add" : "subtract";
                    String from = b.op() == Expr.Op.ADD ? " and " : " from ";
                    String first = b.op() == Expr.Op.ADD ? l.dimension().describe() : r.dimension().describe();
                    String second = b.op() == Expr.Op.ADD ? r.dimension().describe() : l.dimension().describe();
                    throw b.pos().error("cannot " + verb + " " + first + from + second, dimensionHint(b));
                }
                yield checked(b.op() == Expr.Op.ADD ? l.plus(r, l.dimension()) : l.minus(r, l.dimension()), b.pos());
            }
            case MUL -> checked(l.times(r, Dimension.product(l.dimension(), r.dimension())), b.pos());
            case DIV -> {
                if (!r.isRange() && r.value() == 0) {
                    throw b.right().pos().error("division by zero", "'" + b.right().pos().text() + "' is zero");
                }
                if (r.includesZero()) {
                    throw b.right().pos().error("division by a range that includes zero",
                            "'" + b.right().pos().text() + "' reaches zero somewhere in its range, so the quotient has no bound");
                }
                yield checked(l.dividedBy(r, Dimension.quotient(l.dimension(), r.dimension())), b.pos());
            }
            case POW -> power(b, l, r);
        };
    }

    private static String dimensionHint(Binary b) {
        Expr named = b.right() instanceof Name ? b.right() : b.left() instanceof Name ? b.left() : null;
        if (named != null) {
            return "convert one side, or check the units of '" + named.pos().text() + "'";
        }
        return "convert one side so both have the same dimension";
    }

    private Quantity power(Binary b, Quantity base, Quantity exponent) {
        if (!exponent.dimension().isDimensionless()) {
            throw b.right().pos().error("exponent must be dimensionless, got " + exponent.dimension().describe(),
                    "only plain numbers can be exponents");
        }
        double e = exponent.value();
        Dimension d = Dimension.NONE;
        if (!base.dimension().isDimensionless()) {
            if (exponent.isRange()) {
                throw b.right().pos().error("cannot raise " + base.dimension().describe() + " to a range of powers",
                        "the unit of the result would vary; only a dimensionless base can take a range exponent");
            }
            int den = 1;
            while (den <= 12 && Math.abs(e * den - Math.rint(e * den)) > 1e-9) {
                den++;
            }
            d = den > 12 ? null : base.dimension().power((int) Math.rint(e * den), den);
            if (d == null) {
                throw b.pos().error("cannot raise " + base.dimension().describe() + " to the power " + b.right().pos().text(),
                        "the result's unit exponents would not be whole numbers");
            }
        }
        return checked(Intervals.power(base, exponent, d, b), b.pos());
    }

    private Value call(Call c) {
        Names.UserFunction f = names.function(c.name());
        if (f == null && !Builtins.has(c.name()) && names.failed(c.name())) {
            throw CalcException.consequenceOf(c.name(), c.namePos());
        }
        if (f == null && Library.has(c.name())) {
            LibraryCall call = LibraryCall.bind(c, this, calculator);
            names.formulaUsed(call.formula().sources());
            return checked(call.value(this), c.pos());
        }
        if (f == null && !Builtins.has(c.name())) {
            throw c.namePos().error("unknown function '" + c.name() + "'",
                    DidYouMean.hint(c.name(), functionNames(), "functions are " + String.join(", ", sorted(Builtins.NAMES))
                            + ", and the formula library (reckon calc --functions)"));
        }
        if (f == null) {
            List<Quantity> args = new ArrayList<>();
            for (Expr a : c.args()) {
                args.add(number(a));
            }
            return checked(Builtins.call(c.name(), args, c.args(), c), c.pos());
        }
        if (c.args().size() != f.params().size()) {
            throw c.pos().error(c.name() + " takes " + f.params().size() + " argument" + (f.params().size() == 1 ? "" : "s")
                    + ", got " + c.args().size(), "write " + c.name() + "(" + String.join(", ", f.params()) + ")");
        }
        if (callDepth >= MAX_CALL_DEPTH) {
            throw c.pos().error("function calls nest too deeply (more than " + MAX_CALL_DEPTH + ")",
                    "'" + c.name() + "' probably calls itself; expressions have no conditionals, so recursion never ends");
        }
        Map<String, Value> params = new HashMap<>();
        for (int k = 0; k < c.args().size(); k++) {
            Value v = any(c.args().get(k));
            if (v instanceof Text t) {
                throw c.args().get(k).pos().error("cannot pass text to '" + c.name() + "': '" + c.args().get(k).pos().text()
                        + "' is \"" + t.value() + "\"", "pass a number or a whole record, e.g. " + c.name() + "(llama31_70b, ...)");
            }
            params.put(f.params().get(k), v);
        }
        return new Evaluator(calculator, names, params, row, callDepth + 1).any(f.body());
    }

    private Value name(Name n) {
        String text = n.name();
        if (text.contains(".")) {
            return path(n);
        }
        Value local = locals.get(text);
        if (local != null) {
            return local;
        }
        Value user = names.value(text);
        if (user != null) {
            return user;
        }
        DataRecord record = text.equals("row") && row != null ? row : findRecord(text).orElse(null);
        if (record != null) {
            return new RecordRef(record, text);
        }
        var unit = Units.find(text);
        if (unit.isPresent()) {
            return new Quantity(unit.get().factor(), unit.get().dimension()).withDisplayBase(Units.displayBase(unit.get()));
        }
        if (Builtins.has(text) || names.function(text) != null) {
            throw n.pos().error("'" + text + "' is a function", "call it with arguments, e.g. " + text + "(x)");
        }
        if (names.failed(text)) {
            throw CalcException.consequenceOf(text, n.pos());
        }
        throw n.pos().error("unknown name '" + text + "'", DidYouMean.hint(text, allNames(), defineHint(text)));
    }

    private static String defineHint(String text) {
        return "define it in a calc block first (" + text + " = ...), or use a data path such as h200.memory";
    }

    private Value path(Name n) {
        String text = n.name();
        int dot = text.indexOf('.');
        String head = text.substring(0, dot);
        String path = text.substring(dot + 1);
        Pos headPos = new Pos(n.pos().source(), n.pos().start(), n.pos().start() + dot);
        Value bound = locals.containsKey(head) ? locals.get(head) : names.value(head);
        if (bound instanceof RecordRef r) {
            return calculator.field(r.record(), path, head, n.pos(), names);
        }
        if (bound != null) {
            throw headPos.error("'" + head + "' is " + (bound instanceof Text ? "text" : "a number") + " and has no fields",
                    "only data records have fields, e.g. h200.memory");
        }
        DataRecord record;
        if (head.equals("row") && row != null) {
            record = row;
        } else {
            record = findRecord(head).orElse(null);
        }
        if (record == null) {
            String otherwise = head.equals("row") ? "'row' is only defined inside a table" : "data records are " + String.join(", ", sample(calculator.data().names()));
            throw headPos.error("unknown data record '" + head + "'", DidYouMean.hint(head, calculator.data().names(), otherwise));
        }
        return calculator.field(record, path, head, n.pos(), names);
    }

    static Quantity checked(Quantity q, Pos pos) {
        if (q.isNaN()) {
            throw pos.error("result is not a number", "check for 0/0, log of negatives or similar");
        }
        if (!q.isFinite()) {
            throw pos.error("result overflows", "the value is beyond about 1.8 × 10³⁰⁸; check exponents and units");
        }
        return q;
    }

    private Set<String> functionNames() {
        Set<String> all = new LinkedHashSet<>(Builtins.NAMES);
        Library.all().forEach(f -> all.add(f.name()));
        all.addAll(names.all());
        return all;
    }

    private Set<String> allNames() {
        Set<String> all = new LinkedHashSet<>(locals.keySet());
        all.addAll(names.all());
        all.addAll(calculator.data().names());
        all.addAll(Units.names());
        all.addAll(Builtins.NAMES);
        return all;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static List<String> sample(Collection<String> names) {
        List<String> list = names.stream().limit(8).toList();
        return names.size() > 8 ? append(list, "…") : list;
    }

    private static List<String> append(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }

    private Optional<DataRecord> findRecord(String name) {
        names.dataRead(name);
        return calculator.data().find(name);
    }
}
