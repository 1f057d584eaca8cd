package dev.reckon.calc;

import dev.reckon.data.DataRecord;
import dev.reckon.data.DataSet;
import dev.reckon.data.Datum;
import dev.reckon.diag.DidYouMean;
import dev.reckon.diag.SourceSpan;
import dev.reckon.files.Sha256;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The engine for one build: the data set plus a cache of evaluated figures. Immutable apart from that
 * cache, which is concurrent, so documents can be rendered on several threads at once.
 */
public final class Calculator {
    private static final int MAX_LISTED_FIELDS = 16;

    private final DataSet data;
    /** Evaluated figures, or the error a figure raised (so a bad figure is reported the same way every time). */
    private final ConcurrentMap<String, Object> figures = new ConcurrentHashMap<>();
    /** Figures being evaluated on this thread, to report a figure that refers to itself instead of overflowing. */
    private final ThreadLocal<Set<String>> inProgress = ThreadLocal.withInitial(HashSet::new);
    private final ConcurrentMap<String, String> fingerprints = new ConcurrentHashMap<>();

    public Calculator(DataSet data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    public DataSet data() {
        return data;
    }

    /** The built-in functions and the formula library, with formulas, assumptions and sources (reckon calc --functions). */
    public static String functions() {
        return Library.listing();
    }

    public Session newSession() {
        return new Session(this, name -> { });
    }

    /**
     * A session that tells {@code dataRead} every name it looked up in the data set, found or not,
     * so a caller can tell later whether the answers would still be the same ({@link #fingerprint}).
     */
    public Session newSession(Consumer<String> dataRead) {
        return new Session(this, dataRead);
    }

    /**
     * What looking up {@code name} in the data set yields, as a digest: of the record found (with every
     * record its figures refer to), or of its absence. Equal fingerprints in two builds mean a page
     * that looked the name up would compute exactly the same values.
     */
    public String fingerprint(String name) {
        return fingerprints.computeIfAbsent(name, n -> {
            StringBuilder text = new StringBuilder();
            lookupText(n, new HashSet<>(), text);
            return Sha256.hex(text.toString());
        });
    }

    private void lookupText(String name, Set<String> seen, StringBuilder out) {
        DataRecord record = data.find(name).orElse(null);
        if (record == null) {
            out.append("absent ").append(name).append('\n');
        } else if (seen.add(record.id())) {
            out.append("found ").append(name).append('\n').append(record.contentText());
            FigureReferences.of(record).forEach(other -> lookupText(other, seen, out));
        }
    }

    /** Reads {@code record.path}: a figure, a record's name/id/kind, or a descriptive info field as text. */
    Value field(DataRecord record, String path, String written, Pos pos) {
        Datum datum = record.data().get(path);
        if (datum != null) {
            return figure(record, datum, pos);
        }
        List<String> children = choices(record, path);
        if (!children.isEmpty()) {
            throw pos.error("'" + written + "." + path + "' is a group of figures, not one figure",
                    groupHint(record, path, written + "." + path, children, pos));
        }
        switch (path) {
            case "name" -> {
                return new Text(record.name());
            }
            case "id" -> {
                return new Text(record.id());
            }
            case "kind" -> {
                return new Text(record.kind());
            }
            default -> {
                String info = record.info() == null ? null : record.info().get(path);
                if (info != null) {
                    return new Text(info);
                }
            }
        }
        List<String> fields = fields(record);
        String available = "'" + written + "' has " + String.join(", ", limit(fields));
        String hint = DidYouMean.closest(path, fields)
                .map(c -> "did you mean '" + written + "." + c + "'? " + available)
                .orElse(available);
        Pos fieldPos = new Pos(pos.source(), pos.start() + written.length() + 1, pos.end());
        throw fieldPos.error("'" + written + "' (" + record.name() + ") has no figure '" + path + "'", hint);
    }

    /** Quantity of a figure, evaluated once per build; errors point at the figure's line in its data file. */
    Quantity figure(DataRecord record, Datum datum, Pos usedAt) {
        String key = record.id() + "\u0000" + datum.path();
        Object cached = figures.get(key);
        if (cached == null) {
            Set<String> active = inProgress.get();
            if (!active.add(key)) {
                throw usedAt.error("figure '" + record.id() + "." + datum.path() + "' refers to itself", "break the cycle in the data file");
            }
            try {
                cached = evaluateFigure(record, datum);
            } catch (CalcException e) {
                cached = e;
            } finally {
                active.remove(key);
            }
            Object previous = figures.putIfAbsent(key, cached);
            if (previous != null) {
                cached = previous;
            }
        }
        if (cached instanceof CalcException e) {
            throw e;
        }
        return (Quantity) cached;
    }

    private Quantity evaluateFigure(DataRecord record, Datum datum) {
        SourceSpan span = datum.span();
        Origin origin = span == null
                ? Origin.of("<data " + record.id() + ">", 1, 1, datum.expression())
                : Origin.of(span.file(), span.line(), span.column(), datum.sourceLine());
        String expression = datum.expression() == null ? "" : datum.expression();
        Source source = new Source(expression, origin);
        Expr e = Parser.expression(source);
        return new Evaluator(this, Names.NONE, null).number(e);
    }

    /** The next path segments below {@code group}; a "headline" entry is left out when real choices exist. */
    private static List<String> choices(DataRecord record, String group) {
        Set<String> next = new LinkedHashSet<>();
        for (String child : record.childrenOf(group)) {
            int dot = child.indexOf('.');
            next.add(dot < 0 ? child : child.substring(0, dot));
        }
        List<String> list = new ArrayList<>(next);
        // A marketing headline usually equals the sparse figure; steering readers to it defeats the point.
        if (list.size() > 2 && list.remove("headline")) {
            return list;
        }
        return list;
    }

    private String groupHint(DataRecord record, String group, String written, List<String> children, Pos pos) {
        List<String> options = new ArrayList<>();
        List<Quantity> values = new ArrayList<>();
        for (String c : children) {
            Datum d = record.data().get(group + "." + c);
            Quantity q = null;
            if (d != null) {
                try {
                    q = figure(record, d, pos);
                } catch (CalcException ignored) {
                    // The figure's own error is reported when it is used; the hint still lists the choice.
                }
            }
            values.add(q);
        }
        // One unit for all choices ("989.5 TFLOP/s or 1,979 TFLOP/s") so the factor between them is obvious.
        Unit shared = values.stream().filter(Objects::nonNull).filter(q -> q.value() != 0)
                .min((a, b) -> Double.compare(Math.abs(a.value()), Math.abs(b.value())))
                .map(Formatter::autoPrefixedUnit).orElse(null);
        for (int k = 0; k < children.size(); k++) {
            Quantity q = values.get(k);
            String shown = written + "." + children.get(k);
            if (q != null) {
                Unit unit = shared != null && shared.dimension().equals(q.dimension()) ? shared : null;
                shown += " (" + Formatter.format(q, unit, FormatOptions.sig(4)).text() + ")";
            }
            options.add(shown);
        }
        return written + " is " + joinOr(children) + ": choose " + joinOr(options);
    }

    static String joinOr(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static List<String> fields(DataRecord record) {
        List<String> fields = new ArrayList<>(record.data().keySet());
        fields.add("name");
        return fields;
    }

    private static List<String> limit(List<String> fields) {
        if (fields.size() <= MAX_LISTED_FIELDS) {
            return fields;
        }
        List<String> out = new ArrayList<>(fields.subList(0, MAX_LISTED_FIELDS));
        out.add("…");
        return out;
    }

    /** For "is a whole record" hints. */
    String fieldList(DataRecord record, String written) {
        return String.join(", ", limit(fields(record).stream().map(f -> written + "." + f).toList()));
    }
}
