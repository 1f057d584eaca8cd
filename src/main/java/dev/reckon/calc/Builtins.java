package dev.reckon.calc;

import java.util.List;
import java.util.Set;

/** The built-in functions and their dimension rules. */
final class Builtins {
    static final Set<String> NAMES = Set.of("min", "max", "sqrt", "log", "log10", "log2", "exp", "abs", "ceil", "floor", "round");

    private Builtins() {
    }

    static boolean has(String name) {
        return NAMES.contains(name);
    }

    static Quantity call(String name, List<Quantity> args, List<Expr> argExprs, Expr.Call call) {
        if (name.equals("min") || name.equals("max")) {
            if (args.isEmpty()) {
                throw call.pos().error(name + " needs at least one argument", "write " + name + "(a, b)");
            }
            Quantity best = args.get(0);
            for (int k = 1; k < args.size(); k++) {
                Quantity q = args.get(k);
                if (!q.dimension().equals(best.dimension())) {
                    throw argExprs.get(k).pos().error("cannot compare " + best.dimension().describe() + " and "
                            + q.dimension().describe() + " in " + name, "all arguments of " + name + " must have the same dimension");
                }
                if (name.equals("min") ? q.value() < best.value() : q.value() > best.value()) {
                    best = q;
                }
            }
            return best;
        }
        if (args.size() != 1) {
            throw call.pos().error(name + " takes exactly one argument, got " + args.size(), "write " + name + "(x)");
        }
        Quantity x = args.get(0);
        Pos at = argExprs.get(0).pos();
        Dimension d = x.dimension();
        // ceil(t -> h) rounds in hours, which is what the author asked for; otherwise base units.
        double unitFactor = argExprs.get(0) instanceof Expr.Convert c ? c.target().unit().factor() : 1;
        double v = x.value();
        double inUnit = v / unitFactor;
        switch (name) {
            case "sqrt" -> {
                Dimension half = d.power(1, 2);
                if (half == null) {
                    throw at.error("cannot take the square root of " + d.describe(), "every unit exponent must be even, e.g. s^2");
                }
                if (v < 0) {
                    throw at.error("square root of a negative number", "check the sign of the argument");
                }
                return new Quantity(Math.sqrt(v), half);
            }
            case "log", "log10", "log2", "exp" -> {
                if (!d.isDimensionless()) {
                    throw at.error(name + " needs a dimensionless argument, got " + d.describe(),
                            "divide by a reference value first, e.g. " + name + "(x / (1 " + d.symbol() + "))");
                }
                if (!name.equals("exp") && v <= 0) {
                    throw at.error(name + " of " + (v == 0 ? "zero" : "a negative number"), "the logarithm needs a positive argument");
                }
                double r = switch (name) {
                    case "log" -> Math.log(v);
                    case "log10" -> Math.log10(v);
                    case "log2" -> Math.log(v) / Math.log(2);
                    default -> Math.exp(v);
                };
                return Quantity.dimensionless(r);
            }
            case "abs" -> {
                return new Quantity(Math.abs(v), d);
            }
            case "ceil" -> {
                return new Quantity(Math.ceil(inUnit) * unitFactor, d);
            }
            case "floor" -> {
                return new Quantity(Math.floor(inUnit) * unitFactor, d);
            }
            case "round" -> {
                // Half away from zero, as taught in school, rather than Java's banker's rounding.
                return new Quantity(Math.signum(inUnit) * Math.floor(Math.abs(inUnit) + 0.5) * unitFactor, d);
            }
            default -> throw new IllegalStateException(name);
        }
    }
}
