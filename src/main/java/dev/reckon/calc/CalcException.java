package dev.reckon.calc;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;

/** Every error the engine raises: always positioned in the author's file and, where possible, with a hint. */
public final class CalcException extends ReckonException {

    public CalcException(Diagnostic diagnostic) {
        super(diagnostic);
    }

    public Diagnostic diagnostic() {
        return diagnostics().get(0);
    }

    static CalcException at(Origin origin, String message, String hint) {
        SourceSpan span = new SourceSpan(origin.file(), origin.line(), origin.column(), 1);
        return new CalcException(Diagnostic.error(message, span, origin.lineText(), hint));
    }
}
