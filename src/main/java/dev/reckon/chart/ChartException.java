package dev.reckon.chart;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;

/** A mistake in a chart spec, positioned in the author's file. */
public final class ChartException extends ReckonException {

    ChartException(Diagnostic diagnostic) {
        super(diagnostic);
    }
}
