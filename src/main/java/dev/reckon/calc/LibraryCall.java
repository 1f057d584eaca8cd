package dev.reckon.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A call of a library formula with its inputs read from the arguments: evaluates it, and gives
 * {@link Equations} what it needs to show the formula's own form.
 */
record LibraryCall(Formula formula, Formula.Variant variant, Map<String, Value> inputs) {
    private static final Map<String, Expr> BODIES = new ConcurrentHashMap<>();

    /** Reads the arguments of {@code c}: wrong arity, a wrong argument or a missing figure is an error there. */
    static LibraryCall bind(Expr.Call c, Evaluator evaluator, Calculator calculator) {
        List<String> signatures = Library.overloads(c.name()).stream().map(Formula::signature).toList();
        if (Library.overloads(c.name()).stream().noneMatch(o -> o.params().size() == c.args().size())) {
            throw c.pos().error(c.name() + " takes " + Library.overloads(c.name()).stream()
                            .map(o -> o.params().size() + "").distinct().reduce((a, b) -> a + " or " + b).orElse("?")
                            + " arguments, got " + c.args().size(), "write " + String.join(" or ", signatures));
        }
        List<Value> values = new ArrayList<>();
        for (Expr a : c.args()) {
            Value v = evaluator.any(a);
            if (v instanceof Text t) {
                throw a.pos().error("cannot pass text to " + c.name() + ": '" + a.pos().text().strip() + "' is \"" + t.value() + "\"",
                        "write " + String.join(" or ", signatures));
            }
            values.add(v);
        }
        Formula f = Library.get(c.name(), values);
        Args args = new Args(f, values, c.args(), calculator);
        Formula.Variant variant = f.variant(args);
        Map<String, Value> inputs = new LinkedHashMap<>();
        variant.inputs().forEach((name, input) -> inputs.put(name, input.read().apply(args)));
        return new LibraryCall(f, variant, inputs);
    }

    /** The variant's body, parsed once per build of the JVM: library text is fixed. */
    Expr body() {
        return BODIES.computeIfAbsent(formula.signature() + "\u0000" + variant.body(), k -> Parser.expression(
                new Source(variant.body(), Origin.of("<library " + formula.name() + ">", 1, 1, variant.body()))));
    }

    Quantity value(Evaluator evaluator) {
        Quantity q = evaluator.library(inputs).number(body());
        if (variant.result() == null) {
            return q;
        }
        if (variant.result().equals(Library.PER_TOKEN)) {
            return q.dividedBy(Quantity.of(1, Dimension.TOKEN), q.dimension().divide(Dimension.TOKEN));
        }
        Unit unit = Units.require(variant.result());
        return q.times(new Quantity(unit.factor(), unit.dimension()), Dimension.product(q.dimension(), unit.dimension()));
    }
}
