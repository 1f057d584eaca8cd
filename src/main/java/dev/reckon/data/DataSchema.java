package dev.reckon.data;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The names a data file may use, shared by the readers and the merger so hints never drift apart. */
final class DataSchema {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final List<String> TOP_KEYS = List.of("kind", "records");
    static final List<String> RECORD_KEYS =
            List.of("name", "aliases", "source", "confirmed", "estimate", "note", "as_of", "info", "data");
    static final List<String> LEAF_KEYS = List.of("value", "source", "confirmed", "estimate", "note", "as_of");
    static final String HEADLINE = "headline";
    static final String CONFIRMED_HINT =
            "use P (primary source), S (secondary copy), D (derived) or U (unconfirmed)";

    private DataSchema() {
    }

    /** The rule for ids, with the corrected spelling when lowercasing alone would make it valid. */
    static String idHint(String id) {
        String lower = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String base = "ids are lowercase letters, digits and '_', starting with a letter";
        return ID.matcher(lower).matches() && !lower.equals(id) ? base + ", e.g. '" + lower + "'" : base;
    }
}
