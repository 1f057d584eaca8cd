package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file with a header row, read by Apache Commons CSV (RFC 4180: quoted cells may hold commas,
 * quotes and line breaks, as Epoch AI's notes do), with every cell's line and column in the file so
 * a bad value is reported where it is written.
 */
final class CsvTable {
    /** One cell: its text and where it starts. */
    record Cell(String text, SourceSpan span, String line) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    private final String display;
    private final String text;
    private final int[] lineStarts;
    private final List<String> header;
    private final List<CSVRecord> rows;

    private CsvTable(String display, String text, List<String> header, List<CSVRecord> rows) {
        this.display = display;
        this.text = text;
        this.header = header;
        this.rows = rows;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The table, or empty after adding the reason to {@code out}. */
    static Optional<CsvTable> parse(String display, String text, List<Diagnostic> out) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // a column named twice would make "which cell" ambiguous; several unnamed ones are harmless
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(body)).setFormat(format)
                .setTrackBytes(false).get()) {
            List<CSVRecord> rows = new ArrayList<>();
            try {
                parser.forEach(rows::add);
            } catch (UncheckedIOException | IllegalStateException e) {
                CsvTable partial = new CsvTable(display, body, parser.getHeaderNames(), rows);
                int line = (int) Math.max(1, parser.getCurrentLineNumber());
                out.add(Diagnostic.error("malformed CSV: " + reason(e), SourceSpan.of(display, line, 1),
                        partial.lineText(line), "a cell with a comma, a quote or a line break is written in double quotes,"
                                + " with inner quotes doubled (\"\")"));
                return Optional.empty();
            }
            if (parser.getHeaderNames().isEmpty()) {
                out.add(Diagnostic.error("empty CSV file", SourceSpan.of(display, 1, 1), null,
                        "export the data set as CSV with its header row"));
                return Optional.empty();
            }
            return Optional.of(new CsvTable(display, body, parser.getHeaderNames(), rows));
        } catch (IOException | IllegalArgumentException e) {
            // a duplicate or blank header name is refused while the header is read
            out.add(Diagnostic.error("cannot read the CSV header: " + reason(e), SourceSpan.of(display, 1, 1),
                    firstLine(body), "the first row names each column once"));
            return Optional.empty();
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).stripTrailing();
    }

    String display() {
        return display;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    /** The first header name of {@code names} that the file has, or null. */
    String column(List<String> names) {
        for (String n : names) {
            if (header.contains(n)) {
                return n;
            }
        }
        return null;
    }

    /** The cell of row {@code r} in {@code column} (a header name the file has); blank when the row is short. */
    Cell cell(int r, String column) {
        CSVRecord rec = rows.get(r);
        int index = header.indexOf(column);
        String value = rec.isSet(column) ? rec.get(column) : "";
        int offset = cellOffset((int) rec.getCharacterPosition(), index);
        int line = line(offset);
        return new Cell(value, new SourceSpan(display, line, offset - lineStarts[line - 1] + 1,
                Math.max(1, Math.min(value.length(), 60))), lineText(line));
    }

    /** The whole row's start, for problems about the row rather than a cell. */
    Cell rowStart(int r) {
        int offset = (int) rows.get(r).getCharacterPosition();
        int line = line(offset);
        return new Cell("", SourceSpan.of(display, line, 1), lineText(line));
    }

    /** Where the {@code index}th cell of the record starting at {@code start} begins, quotes understood. */
    private int cellOffset(int start, int index) {
        int i = start;
        for (int cell = 0; cell < index && i < text.length(); cell++) {
            if (text.charAt(i) == '"') {
                i++;
                while (i < text.length() && !(text.charAt(i) == '"' && (i + 1 >= text.length() || text.charAt(i + 1) != '"'))) {
                    i += text.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            }
            while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            i++;
        }
        return Math.min(i, text.length());
    }

    private int line(int offset) {
        int k = Arrays.binarySearch(lineStarts, offset);
        return k >= 0 ? k + 1 : -k - 1;
    }

    private String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(lineStarts[line - 1], Math.max(lineStarts[line - 1], end)).stripTrailing();
    }
}
