package dev.reckon.calc;

import dev.reckon.data.DataRecord;
import java.util.List;

/**
 * The evaluated arguments of a library call, with the checks that turn a wrong argument into an error at
 * that argument: a record where a number is needed, a missing figure, a wrong dimension.
 */
final class Args {
    private final Formula formula;
    private final List<Value> values;
    private final List<Expr> exprs;
    private final Calculator calculator;

    Args(Formula formula, List<Value> values, List<Expr> exprs, Calculator calculator) {
        this.formula = formula;
        this.values = values;
        this.exprs = exprs;
        this.calculator = calculator;
    }

    private Pos at(int i) {
        return exprs.get(i).pos();
    }

    private String param(int i) {
        return formula.params().get(i);
    }

    /** Argument {@code i} as a record. */
    RecordRef record(int i) {
        if (values.get(i) instanceof RecordRef r) {
            return r;
        }
        throw at(i).error(formula.name() + " expects a data record as its " + ordinal(i) + " argument (" + param(i) + ")",
                "pass a record by its id, e.g. " + example(i));
    }

    /** Whether argument {@code i} is a record that has figure {@code path}. */
    boolean has(int i, String path) {
        return values.get(i) instanceof RecordRef r && r.record().data().containsKey(path);
    }

    /** The first of {@code paths} that record argument {@code i} has, as a number. */
    Quantity figure(int i, String... paths) {
        RecordRef r = record(i);
        for (String path : paths) {
            if (r.record().data().containsKey(path)) {
                return (Quantity) calculator.field(r.record(), path, r.written(), at(i));
            }
        }
        throw at(i).error("'" + at(i).text().strip() + "' (" + r.record().name() + ") has no figure '" + paths[0] + "', which "
                + formula.name() + " needs", paths.length > 1 ? "nor " + String.join(" or ", List.of(paths).subList(1, paths.length))
                + "; pass the figures to the formula directly" : "pass the figures to the formula directly");
    }

    /** Argument {@code i} as a number of dimension {@code expected}. */
    Quantity quantity(int i, Dimension expected, String unitExample) {
        if (!(values.get(i) instanceof Quantity q)) {
            throw at(i).error(formula.name() + " expects a number for " + param(i) + ", got a whole record",
                    "pass a figure such as " + unitExample);
        }
        if (!q.dimension().equals(expected)) {
            throw at(i).error(formula.name() + " expects " + param(i) + " in " + (expected.isDimensionless() ? "a plain number"
                    : expected.symbol()) + ", got " + q.dimension().describe(), "for example " + unitExample);
        }
        return q;
    }

    /** Argument {@code i} as a plain count: a number, or a number of tokens, params or GPUs without its unit. */
    Quantity count(int i) {
        if (values.get(i) instanceof Quantity q) {
            Dimension d = q.dimension();
            if (q.low() < 0) {
                throw at(i).error(formula.name() + " expects a count for " + param(i) + ", got a negative number",
                        "a count is zero or more");
            }
            if (d.isDimensionless() || d.equals(Dimension.TOKEN) || d.equals(Dimension.PARAM) || d.equals(Dimension.DEVICE)) {
                return q.withDimension(Dimension.NONE);
            }
        }
        throw at(i).error(formula.name() + " expects a count for " + param(i) + ", got "
                + (values.get(i) instanceof Quantity q ? q.dimension().describe() : "a whole record"),
                "write a number, or tokens such as 4096 token");
    }

    /** The record argument's figure {@code path} as a plain count. */
    Quantity countFigure(int i, String... paths) {
        return figure(i, paths).withDimension(Dimension.NONE);
    }

    DataRecord recordAt(int i) {
        return record(i).record();
    }

    private static String ordinal(int i) {
        return List.of("first", "second", "third", "fourth", "fifth").get(Math.min(i, 4));
    }

    private String example(int i) {
        return switch (param(i)) {
            case "model" -> "llama31_70b";
            case "format" -> "bf16";
            case "gpu" -> "h200";
            default -> param(i);
        };
    }
}
