package dev.reckon.calc;

import java.util.List;
import java.util.Set;

/** The built-in functions and their dimension rules. */
final class Builtins {
    static final Set<String> NAMES = Set.of("min", "max", "sqrt", "log", "log10", "log2", "exp", "abs", "ceil", "floor", "round", "range");

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
                best = Intervals.extreme(best, q, name.equals("min"));
            }
            return best;
        }
        if (name.equals("range")) {
            return range(args, argExprs, call);
        }
        if (args.size() != 1) {
            throw call.pos().error(name + " takes exactly one argument, got " + args.size(), "write " + name + "(x)");
        }
        Quantity x = args.get(0);
        Pos at = argExprs.get(0).pos();
        Dimension d = x.dimension();
        // ceil(t -> h) rounds in hours, which is what the author asked for; otherwise base units.
        double unitFactor = argExprs.get(0) instanceof Expr.Convert c ? c.target().unit().factor() : 1;
        switch (name) {
            case "sqrt" -> {
                Dimension half = d.power(1, 2);
                if (half == null) {
                    throw at.error("cannot take the square root of " + d.describe(), "every unit exponent must be even, e.g. s^2");
                }
                if (x.low() < 0) {
                    throw at.error("square root of a negative number", "check the sign of the argument");
                }
                return x.map(Math::sqrt, half);
            }
            case "log", "log10", "log2", "exp" -> {
                if (!d.isDimensionless()) {
                    throw at.error(name + " needs a dimensionless argument, got " + d.describe(),
                            "divide by a reference value first, e.g. " + name + "(x / (1 " + d.symbol() + "))");
                }
                if (!name.equals("exp") && x.low() <= 0) {
                    throw at.error(name + " of " + (x.low() == 0 ? "zero" : "a negative number"), "the logarithm needs a positive argument");
                }
                return x.map(switch (name) {
                    case "log" -> Math::log;
                    case "log10" -> Math::log10;
                    case "log2" -> v -> Math.log(v) / Math.log(2);
                    default -> Math::exp;
                }, Dimension.NONE);
            }
            case "abs" -> {
                return Intervals.abs(x);
            }
            case "ceil" -> {
                return x.map(v -> Math.ceil(v / unitFactor) * unitFactor, d);
            }
            case "floor" -> {
                return x.map(v -> Math.floor(v / unitFactor) * unitFactor, d);
            }
            case "round" -> {
                // Half away from zero, as taught in school, rather than Java's banker's rounding.
                return x.map(v -> Math.signum(v) * Math.floor(Math.abs(v / unitFactor) + 0.5) * unitFactor, d);
            }
            default -> throw new IllegalStateException(name);
        }
    }

    /** {@code range(low, high)}: a range between two computed values of one dimension. */
    private static Quantity range(List<Quantity> args, List<Expr> argExprs, Expr.Call call) {
        if (args.size() != 2) {
            throw call.pos().error("range takes two arguments, got " + args.size(), "write range(low, high)");
        }
        Quantity low = args.get(0);
        Quantity high = args.get(1);
        if (!low.dimension().equals(high.dimension())) {
            throw argExprs.get(1).pos().error("the ends of a range must have the same dimension, got "
                    + low.dimension().describe() + " and " + high.dimension().describe(), "convert one end");
        }
        if (!(low.low() < high.high())) {
            throw call.pos().error("the range is empty or reversed", "write range(low, high) with the low end first");
        }
        return Quantity.range(low.low(), high.high(), low.dimension());
    }
}
