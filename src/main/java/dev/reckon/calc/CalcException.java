package dev.reckon.calc;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.util.List;

/** Every error the engine raises: always positioned in the author's file and, where possible, with a hint. */
public final class CalcException extends ReckonException {
    private final boolean consequential;

    public CalcException(Diagnostic diagnostic) {
        this(List.of(diagnostic), false);
    }

    CalcException(List<Diagnostic> diagnostics, boolean consequential) {
        super(diagnostics);
        this.consequential = consequential;
    }

    /**
     * True when this error only follows from an earlier one that was already reported (a use of a name
     * whose definition failed): callers show nothing for it rather than a second, misleading message.
     */
    public boolean consequential() {
        return consequential;
    }

    public Diagnostic diagnostic() {
        return diagnostics().get(0);
    }

    /** An error caused by the failed definition of {@code name}, reported where it was defined. */
    static CalcException consequenceOf(String name, Pos at) {
        return new CalcException(List.of(Diagnostic.error("'" + name + "' could not be defined",
                at.span(), null, "see the error at its definition")), true);
    }
}
