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
        double difference = actual.value() - expected.value();
        if (!Double.isFinite(difference) || expected.value() != 0 && !Double.isFinite(100 * difference / expected.value())) {
            // The hint shows the difference (and as a percentage); it must be a number too.
            throw a.pos().error("the two sides' difference overflows",
                    "they differ by more than about 1.8 × 10³⁰⁸ (or by that many percent); check exponents and units");
        }
        Rendered shown = Formatter.format(actual, unit, options);
        double l = actual.value();
        double r = expected.value();
        double diff = l - r;
        String expectedText = a.right().pos().text().strip();
        String toleranceText = "";
        String hint;
        boolean ok;
        switch (a.comparison()) {
            case APPROX -> {
                Tolerance t = tolerance(a, evaluator, actual);
                toleranceText = " within " + t.text();
                if (t.relative()) {
                    ok = Math.abs(diff) <= t.amount() * Math.abs(r) * (1 + 1e-12);
                    String pct = r == 0 ? "∞" : Formatter.render(100 * diff / Math.abs(r), "", false, FormatOptions.sig(2)).text();
                    hint = "actual differs from expected by " + signed(pct) + "% (allowed ±" + t.text() + ")";
                } else {
                    ok = Math.abs(diff) <= t.amount() * (1 + 1e-12);
                    hint = "actual differs from expected by " + signed(Formatter.format(new Quantity(diff, actual.dimension()), unit,
                            FormatOptions.sig(3)).text()) + " (allowed ±" + t.text() + ")";
                }
            }
            case EQ -> {
                ok = Math.abs(diff) <= EXACT_RELATIVE * Math.max(Math.abs(l), Math.abs(r));
                hint = differenceHint(actual, expected, unit);
            }
            case LT -> {
                ok = l < r;
                hint = differenceHint(actual, expected, unit);
            }
            case LE -> {
                ok = l <= r;
                hint = differenceHint(actual, expected, unit);
            }
            case GT -> {
                ok = l > r;
                hint = differenceHint(actual, expected, unit);
            }
            case GE -> {
                ok = l >= r;
                hint = differenceHint(actual, expected, unit);
            }
            default -> throw new IllegalStateException(a.comparison().name());
        }
        if (ok) {
            return new Rendered(shown.text() + " ✓", shown.tex() + "\\ \\checkmark");
        }
        String label = a.left().pos().text().strip();
        String actualText = label.equals(shown.text()) ? shown.text() : label + " = " + shown.text();
        if (!(a.right() instanceof Literal)) {
            expectedText += " (" + Formatter.format(expected, unit, options).text() + ")";
        }
        throw a.pos().error("assertion failed: " + actualText + ", expected " + symbol(a.comparison()) + " " + expectedText
                + toleranceText, hint);
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
