package dev.reckon.check;

import dev.reckon.content.Page;
import dev.reckon.data.DataRecord;
import dev.reckon.data.DataSet;
import dev.reckon.data.Staleness;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import dev.reckon.markdown.page.PageFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dated data figures (prices, estimates: {@code as_of}) that a published page uses and that are older
 * than the site allows ({@code stale_after_months}, default 12): one warning per page and figure, at
 * the first number on the page computed from it. What a page uses is what it recorded while it
 * rendered ({@link PageFigures}), so a figure read only by a hidden definition that no number shows
 * is not counted.
 */
final class StaleFigures {
    private final DataSet data;
    private final int months;
    private final LocalDate today;

    StaleFigures(DataSet data, int months, LocalDate today) {
        this.data = data;
        this.months = months;
        this.today = today;
    }

    List<Diagnostic> of(Page page, PageFigures figures) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (PageFigures.Published use : figures.published()) {
            for (String name : use.uses()) {
                if (!reported.contains(name)) {
                    stale(name).ifPresent(f -> {
                        reported.add(name);
                        out.add(Staleness.warning(f, months, span(use), line(page, use.line())));
                    });
                }
            }
        }
        return out;
    }

    private java.util.Optional<Staleness.StaleFigure> stale(String name) {
        int dot = name.indexOf('.');
        DataRecord record = dot < 0 ? null : data.find(name.substring(0, dot)).orElse(null);
        if (record == null) {
            return java.util.Optional.empty();
        }
        String path = name.substring(dot + 1);
        return Staleness.of(record, path, months, today).stream().filter(f -> f.figure().path().equals(path)).findFirst();
    }

    /** The number's directive: a value or equation is underlined whole, a table or listing at its line's start. */
    private static SourceSpan span(PageFigures.Published use) {
        int length = use.kind().equals("value") || use.kind().equals("equation") ? use.expression().length() : 1;
        return new SourceSpan(use.file(), use.line(), use.column(), Math.max(1, length));
    }

    private static String line(Page page, int line) {
        return SourceLines.of(page.source().lines()).line(line);
    }
}
