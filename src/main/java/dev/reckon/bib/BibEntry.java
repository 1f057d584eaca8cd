package dev.reckon.bib;

import java.util.List;
import java.util.Locale;

/**
 * One work of a bibliography, its BibTeX fields made plain text. Absent fields are empty strings.
 *
 * @param key       the citation key ({@code kaplan2020})
 * @param type      the entry type in lower case ({@code article}, {@code inproceedings}, {@code misc}, …)
 * @param authors   the authors, or the editors when there are none
 * @param container where it appeared: journal, book title, publisher, institution or school
 * @param link      the address a reader follows: the DOI's, else the URL, else an arXiv e-print's
 */
public record BibEntry(String key, String type, List<Name> authors, boolean moreAuthors, String year, String title,
        String container, String volume, String number, String pages, String doi, String link) {

    /** How prose names the authors: "Kaplan", "Kaplan and McCandlish", "Kaplan et al."; the title when there are none. */
    public String shortAuthors() {
        if (authors.isEmpty()) {
            return title;
        }
        if (authors.size() == 1 && !moreAuthors) {
            return authors.get(0).family();
        }
        if (authors.size() == 2 && !moreAuthors) {
            return authors.get(0).family() + " and " + authors.get(1).family();
        }
        return authors.get(0).family() + " et al.";
    }

    /** The reference list's authors: "Kaplan, J., McCandlish, S., & Amodei, D." (APA's form). */
    public String fullAuthors() {
        if (authors.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < authors.size(); i++) {
            if (i > 0) {
                out.append(i == authors.size() - 1 && !moreAuthors ? (authors.size() > 2 ? ", & " : " & ") : ", ");
            }
            out.append(authors.get(i).inverted());
        }
        return moreAuthors ? out.append(", et al.").toString() : out.toString();
    }

    /** The sort order of an author–year reference list: first author's family name, year, title. */
    public String sortKey() {
        String first = authors.isEmpty() ? title : authors.get(0).family() + " " + authors.get(0).given();
        return (first + "\u0000" + year + "\u0000" + title).toLowerCase(Locale.ROOT);
    }
}
