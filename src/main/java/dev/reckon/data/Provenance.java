package dev.reckon.data;

/**
 * Where a figure comes from.
 *
 * @param source    a URL or citation (datasheet, paper); never blank in a valid data set
 * @param estimate  true for third-party estimates (e.g. Epoch AI's compute estimates)
 * @param note      free text such as "2:4 sparse headline; dense is half", or null
 */
public record Provenance(String source, Confirmation confirmed, boolean estimate, String note) {
}
