package dev.reckon.calc;

import dev.reckon.calc.Expr.Literal;
import dev.reckon.calc.Token.Kind;

/** Checks {@code assert} lines; a failing assertion stops the build so a stale claim cannot be published. */
final class Assertions {
    static final double DEFAULT_RELATIVE = 0.05;
    static final double EXACT_RELATIVE = 1e-9;

    private Assertions() {
    }

    /** Returns the checked value as shown in the listing, or throws with actual vs expected. */
    static Rendered check(Statement.Assertion a, Evaluator evaluator, FormatOptions options) {
        Quantity actual = evaluator.number(a.left());
        Quantity expected = evaluator.number(a.right());
        if (!actual.dimension().equals(expected.dimension())) {
            throw a.pos().error("cannot compare " + actual.dimension().describe() + " and " + expected.dimension().describe(),
                    "both sides of an assertion need the same dimension; check the units of '" + a.right().pos().text() + "'");
        }
        Unit unit = displayUnit(a.right());
        Evaluator.shownIn(actual, unit, a.left().pos());
        Quantity difference = actual.minus(expected, actual.dimension());
        if (!difference.isFinite() || expected.value() != 0
                && !difference.map(d -> 100 * d / expected.value(), Dimension.NONE).isFinite()) {
            // The hint shows the difference (and as a percentage); it must be a number too.
            throw a.pos().error("the two sides' difference overflows",
                    "they differ by more than about 1.8 × 10³⁰⁸ (or by that many percent); check exponents and units");
        }
        Rendered shown = Formatter.format(actual, unit, options);
        boolean ranged = actual.isRange() || expected.isRange();
        if (ranged && a.quantifier() == Statement.Quantifier.NONE) {
            Expr range = actual.isRange() ? a.left() : a.right();
            Quantity q = actual.isRange() ? actual : expected;
            throw range.pos().error("'" + range.pos().text().strip() + "' is a range (" + Formatter.format(q, unit, options).text()
                    + "): say whether the assertion must hold for all of its values or for some",
                    "end the line with `for all` (every value in the range) or `for some` (at least one)");
        }
        boolean all = a.quantifier() != Statement.Quantifier.SOME;
        String expectedText = a.right().pos().text().strip();
        String toleranceText = "";
        String hint;
        boolean ok;
        switch (a.comparison()) {
            case APPROX -> {
                Tolerance t = tolerance(a, evaluator, actual);
                toleranceText = " within " + t.text();
                // For all: the farthest pair of values; for some: the gap between the ranges (0 if they overlap).
                double diff = all ? farthest(actual, expected) : gap(actual, expected);
                double reference = all ? Math.min(Math.abs(expected.low()), Math.abs(expected.high()))
                        : Math.max(Math.abs(expected.low()), Math.abs(expected.high()));
                double allowed = t.relative() ? t.amount() * reference : t.amount();
                ok = Math.abs(diff) <= allowed * (1 + 1e-12);
                if (ranged) {
                    hint = (all ? "the values differ by up to " : "the ranges are ") + Formatter.format(
                            new Quantity(Math.abs(diff), actual.dimension()), unit, FormatOptions.sig(3)).text()
                            + (all ? "" : " apart") + " (allowed ±" + t.text() + ")";
                } else if (t.relative()) {
                    double r = expected.value();
                    String pct = r == 0 ? "∞" : Formatter.render(100 * diff / Math.abs(r), "", false, FormatOptions.sig(2)).text();
                    hint = "actual differs from expected by " + signed(pct) + "% (allowed ±" + t.text() + ")";
                } else {
                    hint = "actual differs from expected by " + signed(Formatter.format(new Quantity(diff, actual.dimension()), unit,
                            FormatOptions.sig(3)).text()) + " (allowed ±" + t.text() + ")";
                }
            }
            case EQ, LT, LE, GT, GE -> {
                ok = compare(a.comparison(), actual, expected, all);
                hint = differenceHint(actual, expected, unit);
            }
            default -> throw new IllegalStateException(a.comparison().name());
        }
        if (ok) {
            return new Rendered(shown.text() + " ✓", shown.tex() + "\\ \\checkmark");
        }
        String label = a.left().pos().text().strip();
        // "3 s" written and shown alike says it once (the shown one joins number and unit with a no-break space).
        String actualText = label.equals(shown.text().replace(Formatter.NO_BREAK, " ")) ? shown.text() : label + " = " + shown.text();
        if (!(a.right() instanceof Literal)) {
            expectedText += " (" + Formatter.format(expected, unit, options).text() + ")";
        }
        String scope = !ranged ? "" : all ? " for all values" : " for any value";
        throw a.pos().error("assertion failed" + scope + ": " + actualText + ", expected " + symbol(a.comparison()) + " "
                + expectedText + toleranceText, hint);
    }

    /** Whether {@code a op b} holds for every pair of values (all) or for at least one pair. */
    private static boolean compare(Kind op, Quantity a, Quantity b, boolean all) {
        return switch (op) {
            case LT -> all ? a.high() < b.low() : a.low() < b.high();
            case LE -> all ? a.high() <= b.low() : a.low() <= b.high();
            case GT -> all ? a.low() > b.high() : a.high() > b.low();
            case GE -> all ? a.low() >= b.high() : a.high() >= b.low();
            case EQ -> {
                double scale = Math.max(Math.max(Math.abs(a.low()), Math.abs(a.high())), Math.max(Math.abs(b.low()), Math.abs(b.high())));
                yield Math.abs(all ? farthest(a, b) : gap(a, b)) <= EXACT_RELATIVE * scale;
            }
            default -> throw new IllegalStateException(op.name());
        };
    }

    /** The largest difference between a value of {@code a} and one of {@code b}, signed as a point difference. */
    private static double farthest(Quantity a, Quantity b) {
        if (!a.isRange() && !b.isRange()) {
            return a.value() - b.value();
        }
        return Math.max(Math.abs(a.high() - b.low()), Math.abs(a.low() - b.high()));
    }

    /** How far apart two ranges lie, 0 when they overlap. */
    private static double gap(Quantity a, Quantity b) {
        if (!a.isRange() && !b.isRange()) {
            return a.value() - b.value();
        }
        return Math.max(0, Math.max(a.low() - b.high(), b.low() - a.high()));
    }

    private record Tolerance(double amount, boolean relative, String text) {
    }

    private static Tolerance tolerance(Statement.Assertion a, Evaluator evaluator, Quantity actual) {
        if (a.tolerance() == null) {
            return new Tolerance(DEFAULT_RELATIVE, true, "5%");
        }
        Quantity t = evaluator.number(a.tolerance());
        String text = a.tolerance().pos().text().strip();
        if (t.value() < 0) {
            throw a.tolerance().pos().error("tolerance must not be negative", "write e.g. `within 5%`");
        }
        if (!Double.isFinite(t.value() * 100)) {
            throw a.tolerance().pos().error("tolerance overflows", "write e.g. `within 5%`");
        }
        boolean percent = a.tolerance() instanceof Literal lit && lit.unit() != null && lit.unit().unit().symbol().equals("%");
        if (percent || (t.dimension().isDimensionless() && !actual.dimension().isDimensionless())) {
            return new Tolerance(t.value(), true, percent ? text : Formatter.render(t.value() * 100, "", false, FormatOptions.sig(3)).text() + "%");
        }
        if (!t.dimension().equals(actual.dimension())) {
            throw a.tolerance().pos().error("tolerance is " + t.dimension().describe() + " but the values are "
                    + actual.dimension().describe(), "write a relative tolerance (`within 5%`) or one in the same units");
        }
        return new Tolerance(t.value(), false, text);
    }

    private static String differenceHint(Quantity actual, Quantity expected, Unit unit) {
        FormatOptions o = FormatOptions.sig(3);
        return "actual " + Formatter.format(actual, unit, o).text() + ", expected " + Formatter.format(expected, unit, o).text()
                + ", difference " + signed(Formatter.format(new Quantity(actual.value() - expected.value(), actual.dimension()), unit, o).text());
    }

    private static String signed(String s) {
        return s.startsWith("−") || s.startsWith("∞") ? s : "+" + s;
    }

    /** Show the actual value in the unit the author wrote the expectation in, so the two read alike. */
    private static Unit displayUnit(Expr right) {
        if (right instanceof Literal l && l.unit() != null) {
            return l.unit().unit();
        }
        return Session.targetOf(right);
    }

    private static String symbol(Kind k) {
        return switch (k) {
            case APPROX -> "≈";
            case EQ -> "=";
            case LT -> "<";
            case LE -> "≤";
            case GT -> ">";
            case GE -> "≥";
            default -> k.name();
        };
    }
}
