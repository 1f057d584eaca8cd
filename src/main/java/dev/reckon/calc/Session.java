package dev.reckon.calc;

import dev.reckon.calc.Expr.Convert;
import dev.reckon.data.DataRecord;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One document's names and functions. Definitions are evaluated eagerly, in document order, so a value
 * shown in prose is exactly the one computed where it was defined. Not thread-safe.
 */
public final class Session {
    private final Calculator calculator;
    private final Consumer<String> dataRead;
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private final Map<String, Names.UserFunction> functions = new LinkedHashMap<>();
    private final Map<String, Pos> functionPositions = new LinkedHashMap<>();
    /** Names whose defining line failed; later uses are consequences, not new errors. */
    private final Set<String> failed = new HashSet<>();

    /** A defined name; {@code expr} and {@code pos} are null for names bound from outside via define. */
    record Binding(String name, Expr expr, Value value, Pos pos) {
    }

    Session(Calculator calculator, Consumer<String> dataRead) {
        this.calculator = calculator;
        this.dataRead = dataRead;
    }

    /** Looks {@code name} up in the data set, telling the session's listener. */
    Optional<DataRecord> findRecord(String name) {
        dataRead.accept(name);
        return calculator.data().find(name);
    }

    Calculator calculator() {
        return calculator;
    }

    /**
     * Runs a calc block; returns one line per definition or assertion, in order. A failing line does not
     * stop the block: every line is tried, and the block then fails with all their errors. A name whose
     * definition failed is remembered, so its later uses add no errors of their own.
     */
    public List<ListingLine> runBlock(String blockText, Origin firstLine) {
        List<ListingLine> out = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        CalcException consequence = null;
        String[] lines = blockText.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            Source source = new Source(lines[k], firstLine.lineOfBlock(k, lines[k]));
            try {
                runLine(source, out);
            } catch (CalcException e) {
                definedName(source).filter(this::mayFail).ifPresent(failed::add);
                if (!e.consequential()) {
                    errors.addAll(e.diagnostics());
                } else if (consequence == null) {
                    consequence = e;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CalcException(errors, false);
        }
        if (consequence != null) {
            // Only consequences here (the cause was in an earlier block): still a failure, for callers that show it.
            throw consequence;
        }
        return out;
    }

    /**
     * Whether a failed definition of {@code name} may mark it as failed. Not when the name already
     * means something (a built-in, an earlier definition): its later uses keep meaning that, and
     * errors about them are real errors.
     */
    private boolean mayFail(String name) {
        return !Builtins.has(name) && !bindings.containsKey(name) && !functions.containsKey(name);
    }

    /** The name a line defines (value or function), if it can be told even from a line that fails. */
    private static Optional<String> definedName(Source source) {
        var m = DEFINED_NAME.matcher(source.text());
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final Pattern DEFINED_NAME =
            Pattern.compile("\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?:\\([^)]*\\))?\\s*=(?!=)");

    private void runLine(Source source, List<ListingLine> out) {
        String line = source.text();
        int bar = Specs.optionBar(line);
        int end = Specs.commentStart(line);
        Statement st = Parser.statement(source, 0, bar);
        FormatOptions options = bar < end ? FormatOptions.parse(source, bar + 1, end) : FormatOptions.DEFAULT;
        String shown = Specs.stripComment(line).strip();
        switch (st) {
            case Statement.Blank b -> {
                if (bar < end) {
                    throw source.at(bar, bar + 1).error("options without an expression", "write `name = expression | sig 2`");
                }
            }
            case Statement.Definition d -> {
                Value v = defineFromBlock(d);
                Rendered r = Formatter.format(v, targetOf(d.expr()), options);
                out.add(new ListingLine(shown, r.text(), r.tex()));
            }
            case Statement.FunctionDef f -> {
                checkFree(f.name(), f.namePos());
                checkBody(f);
                functions.put(f.name(), new Names.UserFunction(f.name(), List.copyOf(f.params()), f.body()));
                functionPositions.put(f.name(), f.namePos());
                out.add(new ListingLine(shown, null, null));
            }
            case Statement.Assertion a -> {
                Rendered r = Assertions.check(a, evaluator(), options);
                out.add(new ListingLine(shown, r.text(), r.tex()));
            }
        }
    }

    private Value defineFromBlock(Statement.Definition d) {
        checkFree(d.name(), d.namePos());
        Value v = evaluator().any(d.expr());
        bindings.put(d.name(), new Binding(d.name(), d.expr(), v, d.namePos()));
        failed.remove(d.name());
        return v;
    }

    /**
     * Function bodies are only evaluated when called, possibly paragraphs later; checking their names now
     * reports a typo at the definition instead of at some distant use.
     */
    private void checkBody(Statement.FunctionDef f) {
        f.body().nodes().forEach(node -> {
            if (node instanceof Expr.Name n) {
                checkName(n, f);
            } else if (node instanceof Expr.Call c) {
                checkCall(c, f);
            }
        });
    }

    private void checkName(Expr.Name n, Statement.FunctionDef f) {
        String head = Expr.head(n);
        boolean known = f.params().contains(head) || bindings.containsKey(head) || failed.contains(head)
                || findRecord(head).isPresent()
                || (!n.name().contains(".") && Units.find(head).isPresent());
        if (!known) {
            Set<String> candidates = new LinkedHashSet<>(f.params());
            candidates.addAll(all());
            candidates.addAll(calculator.data().names());
            Pos at = new Pos(n.pos().source(), n.pos().start(), n.pos().start() + head.length());
            throw at.error("unknown name '" + head + "' in function '" + f.name() + "'",
                    DidYouMean.hint(head, candidates, "use a parameter (" + String.join(", ", f.params())
                            + "), a name defined earlier, or a data path"));
        }
    }

    private void checkCall(Expr.Call c, Statement.FunctionDef f) {
        if (!Builtins.has(c.name()) && !Library.has(c.name()) && !functions.containsKey(c.name()) && !c.name().equals(f.name())
                && !failed.contains(c.name())) {
            throw c.namePos().error("unknown function '" + c.name() + "' in function '" + f.name() + "'",
                    DidYouMean.hint(c.name(), functions.keySet(), "define it before '" + f.name() + "'"));
        }
    }

    /** Names must be unambiguous within a document: a redefinition would make earlier prose disagree with later. */
    private void checkFree(String name, Pos pos) {
        Binding existing = bindings.get(name);
        if (existing != null) {
            String where = existing.pos() == null ? "outside the document" : "at " + existing.pos().span().location();
            throw pos.error("'" + name + "' is already defined", "it was defined " + where + "; choose another name");
        }
        if (functions.containsKey(name)) {
            throw pos.error("'" + name + "' is already defined as a function",
                    "it was defined at " + functionPositions.get(name).span().location() + "; choose another name");
        }
        if (Builtins.has(name)) {
            throw pos.error("'" + name + "' is a built-in function", "choose another name");
        }
        if (name.equals("row") || name.equals("assert")) {
            throw pos.error("'" + name + "' is reserved", "choose another name");
        }
        if (findRecord(name).isPresent()) {
            throw pos.error("'" + name + "' is a data record", "choose another name so " + name + ".… keeps reading the data set");
        }
    }

    /** An inline value: {@code expr [-> unit] [| options]}. */
    public Rendered value(String spec, Origin origin) {
        Specs.Parsed p = Specs.parse(spec, origin);
        Value v = evaluator().eval(p.expr());
        return Formatter.format(v, targetOf(p.expr()), p.options());
    }

    /** A derived equation in TeX: substituted inputs = exact result ≈ rounded result. */
    public String equation(String spec, Origin origin) {
        return new Equations(this).equation(Specs.parse(spec, origin));
    }

    /** A computed table; see {@link Tables}. */
    public Table table(String body, Origin firstLine) {
        return new Tables(this).table(body, firstLine);
    }

    /** Evaluates a bare expression (a trailing {@code -> unit} only checks the dimension). */
    public Quantity evaluate(String expr, Origin origin) {
        Expr e = Parser.expression(new Source(expr, origin));
        return evaluator().number(e);
    }

    /**
     * Evaluates {@code expr} with {@code name} bound to {@code value} for this one evaluation, like a function
     * parameter: it shadows a document name of the same spelling and leaves no trace, so a chart sampling its
     * x variable cannot change what later prose computes.
     */
    public Quantity evaluateWith(String name, Quantity value, String expr, Origin origin) {
        Binding previous = bindings.put(name, new Binding(name, null, value, null));
        try {
            return evaluate(expr, origin);
        } finally {
            if (previous == null) {
                bindings.remove(name);
            } else {
                bindings.put(name, previous);
            }
        }
    }

    /** Binds (or rebinds) a name from outside the document; to bind one only while sampling, use evaluateWith. */
    public void define(String name, Quantity value) {
        bindings.put(name, new Binding(name, null, value, null));
    }

    Evaluator evaluator() {
        return new Evaluator(calculator, names, null);
    }

    Evaluator evaluator(DataRecord row) {
        return new Evaluator(calculator, names, row);
    }

    Binding binding(String name) {
        return bindings.get(name);
    }

    Names.UserFunction functionNamed(String name) {
        return functions.get(name);
    }

    /**
     * The sources of the library formulas an expression uses, directly or through the document's own
     * functions, in order of first use: what a page cites under a derived equation.
     */
    public List<Citation> citations(String spec, Origin origin) {
        Set<Citation> out = new LinkedHashSet<>();
        collectCitations(Specs.parse(spec, origin).expr(), out, new HashSet<>());
        return List.copyOf(out);
    }

    private void collectCitations(Expr e, Set<Citation> out, Set<String> seen) {
        e.nodes().forEach(node -> {
            if (node instanceof Expr.Call c) {
                Names.UserFunction f = functions.get(c.name());
                if (f != null && seen.add(c.name())) {
                    collectCitations(f.body(), out, seen);
                } else if (f == null) {
                    Library.overloads(c.name()).forEach(formula -> out.addAll(formula.sources()));
                }
            } else if (node instanceof Expr.Name n && !n.name().contains(".")) {
                Binding b = bindings.get(n.name());
                if (b != null && b.expr() != null && seen.add("=" + n.name())) {
                    collectCitations(b.expr(), out, seen);
                }
            }
        });
    }

    static Unit targetOf(Expr e) {
        return e instanceof Convert c ? c.target().unit() : null;
    }

    /** The session as seen by expressions; kept private so Session's public API is only the documented one. */
    private final Names names = new Names() {
        @Override
        public Value value(String name) {
            Binding b = bindings.get(name);
            return b == null ? null : b.value();
        }

        @Override
        public UserFunction function(String name) {
            return functions.get(name);
        }

        @Override
        public void dataRead(String name) {
            dataRead.accept(name);
        }

        @Override
        public boolean failed(String name) {
            return failed.contains(name);
        }

        @Override
        public Collection<String> all() {
            return Session.this.all();
        }
    };

    private Collection<String> all() {
        Set<String> all = new LinkedHashSet<>(bindings.keySet());
        all.addAll(functions.keySet());
        all.addAll(new TreeSet<>(failed)); // a typo of a name that failed is still a typo of it
        return all;
    }
}
