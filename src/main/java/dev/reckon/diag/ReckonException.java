package dev.reckon.diag;

import java.util.List;

/** A failure caused by the author's input; carries every diagnostic found, never a stack trace for users. */
public class ReckonException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ReckonException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public ReckonException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).message(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.render());
        }
        return out.toString();
    }
}
