package dev.reckon.data;

import dev.reckon.data.EpochDataset.Column;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code reckon data import}: converts an Epoch AI CSV ("ML Hardware" or "Notable AI Models") into
 * the text of a site data file. Every record and figure names the data set, its licence, the row it
 * came from and the retrieval date; every figure's note names Epoch's column and raw value, so unit
 * conversions can be checked. Rows are merged by id with the data set the site already has
 * ({@link RecordIds} says how names find records): a matched record only gains the figures and info
 * it lacks (with {@link Options#replace()}, Epoch's figures replace its own), a new one is added
 * whole. Bad cells are errors at the CSV's line and column, all reported at once.
 */
public final class EpochImport {
    /** Which of Epoch's data sets the CSV is. */
    public enum Kind {
        HARDWARE(EpochDataset.HARDWARE), MODELS(EpochDataset.MODELS);

        final EpochDataset dataset;

        Kind(EpochDataset dataset) {
            this.dataset = dataset;
        }
    }

    /**
     * @param ids     CSV name → id, to match a row to a record the rules miss or to choose a new id
     * @param only    CSV names (or the ids they get) to import; empty for every row
     * @param replace let Epoch's figures replace the data set's, instead of only filling gaps
     */
    public record Options(Kind kind, LocalDate retrieved, Map<String, String> ids, List<String> only, boolean replace) {
    }

    /** The data file's text and what happened to each row, for the command to print. */
    public record Result(String yaml, List<String> report) {
    }

    /** One figure ready to be written. */
    record Figure(String path, String expression, String note, String source, boolean estimate, FigureDate asOf) {
    }

    /** One row ready to be written: a new record, or additions to a matched one. */
    static final class Entry {
        final String csvName;
        String id;
        boolean matched;
        final List<Figure> figures = new ArrayList<>();
        final Map<String, String> info = new LinkedHashMap<>();
        String cite;
        String source;

        Entry(String csvName) {
            this.csvName = csvName;
        }
    }

    /** How every file the importer writes begins, so it can tell its own files from hand-written ones. */
    public static final String HEADER = "# Imported by 'reckon data import ";

    /** Epoch's column saying how sure its compute estimate is (Confident, Likely, Speculative). */
    private static final String CONFIDENCE = "Confidence";

    private final EpochDataset set;
    private final Options options;
    private final DataSet existing;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<String> report = new ArrayList<>();

    private EpochImport(Options options, DataSet existing) {
        this.set = options.kind().dataset;
        this.options = options;
        this.existing = existing;
    }

    /**
     * @param existing the data set the site has without the file being written (bundled plus its other files)
     * @throws ReckonException with every positioned problem of the CSV, or for names in {@code only} no row has
     */
    public static Result convert(String csvDisplay, String csvText, DataSet existing, Options options) {
        return new EpochImport(options, existing).run(csvDisplay, csvText);
    }

    private Result run(String display, String text) {
        CsvTable table = CsvTable.parse(display, text, errors).orElse(null);
        String nameColumn = table == null ? null : table.column(set.nameHeaders);
        if (table != null && nameColumn == null) {
            errors.add(notThisDataSet(table));
        }
        if (!errors.isEmpty()) {
            throw new ReckonException(errors);
        }
        List<Entry> entries = readRows(table, nameColumn);
        if (!errors.isEmpty()) {
            errors.sort(Diagnostic.BY_POSITION);
            throw new ReckonException(errors);
        }
        report.addFirst("read " + table.size() + " rows of " + display + " (Epoch AI, " + set.title + ")");
        List<Entry> written = new ImportMerge(existing, set.kind, options.replace(), report).merge(entries);
        if (written.isEmpty()) {
            report.add("nothing to add: each row is in the data set already or has no figure Reckon imports");
        }
        List<String> unused = table.header().stream().filter(h -> !used(h) && !set.nameHeaders.contains(h)).toList();
        if (!unused.isEmpty()) {
            report.add("columns not imported: " + String.join(", ", unused));
        }
        return new Result(ImportYaml.write(set, options.retrieved(), display, written), List.copyOf(report));
    }

    private boolean used(String header) {
        for (Column c : set.columns) {
            if (c.headers().contains(header) || header.equals(c.sourceColumn()) || (c.bounds() != null && c.bounds().contains(header))) {
                return true;
            }
        }
        return set.citeHeaders.contains(header) || (header.equals(CONFIDENCE) && set == EpochDataset.MODELS);
    }

    private Diagnostic notThisDataSet(CsvTable table) {
        String hint = "Reckon reads Epoch AI's CSV downloads as they are, header row included";
        for (EpochDataset other : EpochDataset.values()) {
            if (other != set && table.column(other.nameHeaders) != null) {
                hint = "this looks like Epoch AI's \"" + other.title + "\": use --kind " + other.name().toLowerCase(Locale.ROOT);
            }
        }
        return Diagnostic.error("no '" + set.nameHeaders.getFirst() + "' column: not Epoch AI's \"" + set.title + "\"",
                SourceSpan.of(table.display(), 1, 1), firstLine(table), hint);
    }

    private static String firstLine(CsvTable table) {
        return String.join(",", table.header());
    }

    private List<Entry> readRows(CsvTable table, String nameColumn) {
        Set<String> wanted = new HashSet<>();
        options.only().forEach(o -> wanted.add(o.toLowerCase(Locale.ROOT)));
        Set<String> seen = new HashSet<>();
        List<Entry> out = new ArrayList<>();
        int blank = 0;
        for (int r = 0; r < table.size(); r++) {
            String name = table.cell(r, nameColumn).text().strip();
            if (name.isEmpty()) {
                blank++;
                continue;
            }
            String chosen = options.ids().get(name);
            String id = chosen != null ? chosen : RecordIds.newId(name, set == EpochDataset.HARDWARE ? "hw_" : "m_");
            if (!wanted.isEmpty() && !wanted.contains(name.toLowerCase(Locale.ROOT)) && !wanted.contains(id)) {
                continue;
            }
            seen.add(name.toLowerCase(Locale.ROOT));
            seen.add(id);
            Entry e = readRow(table, r, name);
            e.id = id;
            out.add(e);
        }
        for (String o : options.only()) {
            if (!seen.contains(o.toLowerCase(Locale.ROOT))) {
                errors.add(Diagnostic.error("no row named '" + o + "' in " + table.display(), null, null,
                        "--only takes a name as Epoch writes it (the '" + nameColumn + "' column) or the id it gets"));
            }
        }
        if (blank > 0) {
            report.add("skipped " + blank + " rows without a name");
        }
        return out;
    }

    private Entry readRow(CsvTable table, int r, String name) {
        Entry e = new Entry(name);
        String cite = table.column(set.citeHeaders);
        e.cite = cite == null || table.cell(r, cite).isBlank() ? null : table.cell(r, cite).text().strip().replaceAll("\\s+", " ");
        e.source = "Epoch AI, \"" + set.title + "\" (row \"" + name + "\"), " + set.url + ", CC BY 4.0, retrieved "
                + options.retrieved();
        for (Column c : set.columns) {
            String header = table.column(c.headers());
            if (header == null || table.cell(r, header).isBlank()) {
                continue;
            }
            CsvTable.Cell cell = table.cell(r, header);
            if (c.isInfo()) {
                e.info.put(c.target(), cell.text().strip().replaceAll("\\s+", " "));
                continue;
            }
            figure(table, r, c, header, cell).ifPresent(e.figures::add);
        }
        return e;
    }

    private Optional<Figure> figure(CsvTable table, int r, Column c, String header, CsvTable.Cell cell) {
        try {
            String expression = EpochValues.figure(cell.text(), c.conversion());
            if (expression == null) {
                return Optional.empty();
            }
            String note = "Epoch AI '" + header + "': " + cell.text().strip() + (c.note().isEmpty() ? "" : "; " + c.note());
            boolean estimate = false;
            FigureDate asOf = null;
            if (c.bounds() != null) {
                // Epoch revises its compute estimates: the figure is dated by the day it was read
                estimate = true;
                asOf = FigureDate.parse(options.retrieved().toString()).orElseThrow();
                String range = bounds(table, r, c);
                if (range != null) {
                    note = "Epoch AI's central estimate " + expression + "; bounds from '" + c.bounds().get(0) + "' and '"
                            + c.bounds().get(1) + "'";
                    expression = range;
                }
                if (table.column(List.of(CONFIDENCE)) != null && !table.cell(r, CONFIDENCE).isBlank()) {
                    note += "; Epoch AI's confidence: " + table.cell(r, CONFIDENCE).text().strip();
                }
            }
            String source = null;
            if (c.sourceColumn() != null && table.column(List.of(c.sourceColumn())) != null
                    && !table.cell(r, c.sourceColumn()).isBlank()) {
                source = table.cell(r, c.sourceColumn()).text().strip().replaceAll("\\s+", " ") + " (via Epoch AI)";
            }
            return Optional.of(new Figure(c.target(), expression, note, source, estimate, asOf));
        } catch (EpochValues.BadCell bad) {
            errors.add(Diagnostic.error("'" + header + "' is " + bad.getMessage() + ": '" + cell.text().strip() + "'",
                    cell.span(), cell.line(), c.conversion() == EpochDataset.Conversion.FRACTION
                            ? "Epoch gives utilisation as a fraction (0.41) or a percentage (41%); fix the cell or empty it"
                            : "Epoch gives plain numbers in the unit the header names (e.g. 4800000000000.0); fix the cell or empty it"));
            return Optional.empty();
        }
    }

    /** {@code low..high} when both bound columns are filled; a bad bound is an error at its cell. */
    private String bounds(CsvTable table, int r, Column c) throws EpochValues.BadCell {
        String lo = table.column(List.of(c.bounds().get(0)));
        String hi = table.column(List.of(c.bounds().get(1)));
        if (lo == null || hi == null || table.cell(r, lo).isBlank() || table.cell(r, hi).isBlank()) {
            return null;
        }
        String low = EpochValues.figure(table.cell(r, lo).text(), c.conversion());
        String high = EpochValues.figure(table.cell(r, hi).text(), c.conversion());
        if (low == null || high == null) {
            return null;
        }
        String unit = " " + c.conversion().unit;
        return low.substring(0, low.length() - unit.length()) + ".." + high;
    }
}
