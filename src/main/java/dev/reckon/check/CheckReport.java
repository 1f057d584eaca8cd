package dev.reckon.check;

import dev.reckon.diag.Diagnostic;
import java.util.List;

/**
 * What {@code reckon check} found.
 *
 * @param problems every error and warning, ordered by file, line and column
 * @param pages    how many pages were inspected
 * @param built    whether the site built; when it did not, links were not resolved
 */
public record CheckReport(List<Diagnostic> problems, int pages, boolean built) {

    public long errors() {
        return problems.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
