package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.yaml.YamlNodes;
import dev.reckon.yaml.YamlSource;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Typed reads of one file's nodes. Each read reports a wrong shape as a positioned diagnostic and
 * returns null, so a reader can keep going and show every problem of the file at once.
 */
final class YamlFields {
    final YamlSource src;
    private final List<Diagnostic> diagnostics;

    YamlFields(YamlSource src, List<Diagnostic> diagnostics) {
        this.src = src;
        this.diagnostics = diagnostics;
    }

    void error(Node at, String message, String hint) {
        diagnostics.add(src.error(at, message, hint));
    }

    /** A scalar's text, or null when the node is not a non-null scalar. */
    static String scalarText(Node n) {
        if (n instanceof ScalarNode s && !YamlNodes.isNull(s)) {
            return s.getValue();
        }
        return null;
    }

    String text(Node v, String what) {
        String s = scalarText(v);
        if (s == null || s.isBlank()) {
            error(v, what + " must be text", null);
            return null;
        }
        return s.strip();
    }

    Confirmation confirmation(Node v) {
        String s = scalarText(v);
        Optional<Confirmation> c = s == null ? Optional.empty() : Confirmation.ofCode(s.strip());
        if (c.isEmpty()) {
            error(v, "unknown confirmation code '" + (s == null ? "" : s) + "'", DataSchema.CONFIRMED_HINT);
            return null;
        }
        return c.get();
    }

    /** An {@code as_of} date: YYYY-MM-DD, YYYY-MM or YYYY, a real day of the calendar. */
    FigureDate date(Node v) {
        String s = scalarText(v);
        Optional<FigureDate> d = s == null ? Optional.empty() : FigureDate.parse(s);
        if (d.isEmpty()) {
            error(v, "'as_of' is not a date: '" + (s == null ? "" : s.strip()) + "'", FigureDate.HINT);
            return null;
        }
        return d.get();
    }

    /** Only the literal words, so a typo such as {@code yes} is reported rather than read as YAML 1.1 would. */
    Boolean bool(Node v, String what) {
        String s = scalarText(v);
        if ("true".equals(s) || "false".equals(s)) {
            return Boolean.valueOf(s);
        }
        error(v, what + " must be true or false", null);
        return null;
    }
}
