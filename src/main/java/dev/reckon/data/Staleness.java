package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dated figures by age: what {@code reckon check} needs to warn that a published post uses a price
 * or an estimate older than the site allows ({@code stale_after_months} in {@code site.yaml}, default
 * {@value #DEFAULT_MONTHS}). A figure is stale only when even the last day its {@code as_of} can mean
 * is older than that ({@link FigureDate#olderThan}); figures without a date never are.
 */
public final class Staleness {
    public static final int DEFAULT_MONTHS = 12;
    /** The {@code site.yaml} key that sets the age. */
    public static final String SITE_KEY = "stale_after_months";

    private Staleness() {
    }

    /** One figure older than allowed, with its age in whole months on the day of the check. */
    public record StaleFigure(DataRecord record, Datum figure, long monthsOld) {
        public FigureDate asOf() {
            return figure.provenance().asOf();
        }

        /** {@code h100_sxm.cloud_price.aws}. */
        public String name() {
            return record.id() + "." + figure.path();
        }
    }

    /**
     * The stale figures of {@code record} at {@code path}: the figure itself, or every figure of the
     * group it names ({@code cloud_price} covers each provider), or the whole record for {@code ""}.
     */
    public static List<StaleFigure> of(DataRecord record, String path, int months, LocalDate today) {
        List<StaleFigure> out = new ArrayList<>();
        for (Datum d : record.data().values()) {
            boolean covered = path.isEmpty() || d.path().equals(path) || d.path().startsWith(path + ".");
            FigureDate asOf = d.provenance().asOf();
            if (covered && asOf != null && asOf.olderThan(months, today)) {
                out.add(new StaleFigure(record, d, asOf.monthsBefore(today)));
            }
        }
        return out;
    }

    /** Every stale figure of the data set, in record and file order. */
    public static List<StaleFigure> of(DataSet data, int months, LocalDate today) {
        List<StaleFigure> out = new ArrayList<>();
        data.records().forEach(r -> out.addAll(of(r, "", months, today)));
        return out;
    }

    /** The warning for a post that uses {@code f} at {@code usedAt} (its line shown under it). */
    public static Diagnostic warning(StaleFigure f, int months, SourceSpan usedAt, String usedLine) {
        return Diagnostic.warning("'" + f.name() + "' is dated " + f.asOf() + ", " + f.monthsOld()
                        + " months ago (more than " + months + ")",
                usedAt, usedLine, "check it against its source (" + f.figure().provenance().source() + ") and update value and"
                        + " as_of in a data file, or set " + SITE_KEY + " in site.yaml");
    }
}
