package dev.reckon.calc;

import dev.reckon.data.DataRecord;
import dev.reckon.data.Datum;
import dev.reckon.data.KnownFields;
import dev.reckon.data.KnownFields.Field;
import dev.reckon.data.KnownFields.Measure;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a whole data set when it is loaded, so a wrong figure is an error in its data file rather
 * than a wrong sentence: every figure must evaluate, and every known figure ({@link KnownFields})
 * must have its field's dimension ({@code memory: 141 s} is time where information belongs) and,
 * for plain numbers such as {@code layers}, be a whole number without a unit. Figures are evaluated
 * through the build's {@link Calculator}, so each is computed once per build either way.
 */
public final class FigureDimensions {
    /** Each measure's dimension, from its reference unit; computed on first use. */
    private static final Map<Measure, Dimension> DIMENSIONS = new ConcurrentHashMap<>();

    private FigureDimensions() {
    }

    /**
     * Checks the figures a site's own files set. Bundled figures are checked by Reckon's test suite
     * instead ({@link #problems(Calculator, boolean)} with {@code bundled} true): they are plain
     * numbers with units, so no site file can change what they evaluate to, and a build whose pages
     * all come from the cache should not evaluate a thousand figures it never reads.
     *
     * @throws ReckonException with one positioned diagnostic per bad figure, if there is any
     */
    public static void verify(Calculator calculator) {
        List<Diagnostic> problems = problems(calculator, false);
        if (!problems.isEmpty()) {
            throw new ReckonException(problems);
        }
    }

    static List<Diagnostic> problems(Calculator calculator, boolean bundled) {
        List<Diagnostic> out = new ArrayList<>();
        for (DataRecord r : calculator.data().records()) {
            for (Datum d : r.data().values()) {
                if (d.path().endsWith(".headline") || (d.bundled() && !bundled)) {
                    continue; // a headline is a copy of a sibling, which is checked itself
                }
                Quantity q;
                try {
                    q = calculator.figure(r, d, at(d));
                } catch (CalcException e) {
                    out.addAll(e.diagnostics());
                    continue;
                }
                KnownFields.find(r.kind(), d.path()).ifPresent(f -> check(r, d, f, q, out));
            }
        }
        return out;
    }

    private static void check(DataRecord r, Datum d, Field f, Quantity q, List<Diagnostic> out) {
        Pos at = at(d);
        if (f.measures().stream().noneMatch(m -> dimension(m).equals(q.dimension()))) {
            String expected = f.measures().stream().map(FigureDimensions::describe).collect(Collectors.joining(" or "));
            // "token (token)" says nothing twice
            String got = q.dimension().isDimensionless() ? "a plain number"
                    : q.dimension().describe().replaceFirst("^(\\S+) \\(\\1\\)$", "$1");
            out.add(at.error("figure '" + d.path() + "' of '" + r.id() + "' is " + got + ", but " + f.path() + " is " + expected,
                    hint(f)).diagnostic());
        } else if (f.measure().wholeNumber() && (!whole(q.low()) || !whole(q.high()) || hasUnit(d))) {
            out.add(at.error("figure '" + d.path() + "' of '" + r.id() + "' must be a whole number without a unit, not '"
                    + d.expression() + "'", hint(f)).diagnostic());
        }
    }

    private static String describe(Measure m) {
        return m == Measure.COUNT ? "a plain number" : m.label() + (m.unit().equals("1") ? "" : " (" + m.unit() + ")");
    }

    private static String hint(Field f) {
        String how = f.measure() == Measure.COUNT ? "write it without a unit" : f.measure() == Measure.RATIO
                ? "write a plain number or a percentage" : "write it in " + f.measure().unit() + " or a prefixed unit";
        String path = f.path().replace(".*", ".aws");
        return how + ", e.g. '" + path + ": " + f.measure().example() + "' — " + path + ": " + f.meaning();
    }

    /** True unless the figure is a bare number or range: {@code 32 %} is dimensionless too, but not a count. */
    private static boolean hasUnit(Datum d) {
        Expr e = Parser.expression(at(d).source());
        return !(e instanceof Expr.Literal l && l.unit() == null || e instanceof Expr.Range r && r.unit() == null);
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }

    static Dimension dimension(Measure m) {
        return DIMENSIONS.computeIfAbsent(m, x -> {
            Source s = new Source("1 " + (x.unit().equals("1") ? "" : x.unit()), Origin.inline(x.unit()));
            return new Evaluator(new Calculator(dev.reckon.data.DataSet.empty()), Names.NONE, null)
                    .number(Parser.expression(s)).dimension();
        });
    }

    /** The whole figure in its data file, for errors that are about the figure as a whole. */
    private static Pos at(Datum d) {
        Origin origin = d.span() == null ? Origin.inline(d.expression())
                : Origin.of(d.span().file(), d.span().line(), d.span().column(), d.sourceLine());
        return new Pos(new Source(d.expression(), origin), 0, d.expression().length());
    }
}
