package dev.reckon.data;

/**
 * Where a figure comes from, and when it was true.
 *
 * @param source    a URL or citation (datasheet, paper); never blank in a valid data set
 * @param estimate  true for third-party estimates (e.g. Epoch AI's compute estimates)
 * @param note      free text such as "2:4 sparse headline; dense is half", or null
 * @param asOf      the date the figure was true or observed (prices, estimates), or null when it
 *                  does not change (a datasheet's peak, a model's parameter count)
 */
public record Provenance(String source, Confirmation confirmed, boolean estimate, String note, FigureDate asOf) {
    public Provenance(String source, Confirmation confirmed, boolean estimate, String note) {
        this(source, confirmed, estimate, note, null);
    }

    public Provenance withNote(String newNote) {
        return new Provenance(source, confirmed, estimate, newNote, asOf);
    }
}
