package dev.reckon.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV row on its way into the data file: read by {@link EpochImport}, cut down to what the data
 * set lacks by {@link ImportMerge}, written by {@link ImportYaml}. A new record, or additions to a
 * matched one.
 */
final class ImportRow {
    /** One figure ready to be written. */
    record Figure(String path, String expression, String note, String source, boolean estimate, FigureDate asOf) {
    }

    /** The row's name as Epoch writes it. */
    final String csvName;
    /** The record it becomes or adds to. */
    String id;
    /** True when it adds to a record the data set has (which keeps its own name and source). */
    boolean matched;
    final List<Figure> figures = new ArrayList<>();
    final Map<String, String> info = new LinkedHashMap<>();
    /** What Epoch cites for the row, or null. */
    String cite;
    /** The data set, its licence, the row and the retrieval day. */
    String source;

    ImportRow(String csvName) {
        this.csvName = csvName;
    }
}
