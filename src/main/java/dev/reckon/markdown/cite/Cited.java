package dev.reckon.markdown.cite;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.reckon.bib.BibEntry;
import dev.reckon.bib.Bibliography;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page cites, worked out before its body renders: the works in order of first citation (their
 * numbers in the numbered style) and each work's author–year label, with {@code a}, {@code b}, … after
 * the year when one author cites two works of a year (Kaplan et al., 2020a).
 */
final class Cited {
    private static final NullableDataKey<Cited> KEY = new NullableDataKey<>("RECKON_CITED");

    final Bibliography bibliography;
    final boolean available;
    private final Map<String, BibEntry> inOrder = new LinkedHashMap<>();
    private final Map<String, String> years = new HashMap<>();

    private Cited(Bibliography bibliography, boolean available) {
        this.bibliography = bibliography;
        this.available = available;
    }

    static Cited prepare(Document document, Bibliography bibliography, boolean available) {
        Cited cited = new Cited(bibliography, available);
        for (Node node : document.getDescendants()) {
            if (node instanceof Citation citation) { // unknown keys are left out; only known works are listed
                for (Citation.Item item : citation.items()) {
                    bibliography.get(item.key().toString()).ifPresent(e -> cited.inOrder.putIfAbsent(e.key(), e));
                }
            }
        }
        cited.disambiguateYears();
        document.set(KEY, cited);
        return cited;
    }

    static Cited of(Document document) {
        return KEY.get(document);
    }

    private void disambiguateYears() {
        Map<String, List<BibEntry>> byLabel = new LinkedHashMap<>();
        inOrder.values().forEach(e -> byLabel.computeIfAbsent(e.shortAuthors() + "\u0000" + e.year(), k -> new ArrayList<>()).add(e));
        for (List<BibEntry> same : byLabel.values()) {
            same.sort(Comparator.comparing(BibEntry::title).thenComparing(BibEntry::key));
            for (int i = 0; i < same.size(); i++) {
                years.put(same.get(i).key(), same.get(i).year() + (same.size() > 1 ? String.valueOf((char) ('a' + Math.min(i, 25))) : ""));
            }
        }
    }

    Optional<BibEntry> entry(String key) {
        return bibliography.get(key);
    }

    /** The work's number in order of first citation, from 1. */
    int number(String key) {
        int n = 1;
        for (String cited : inOrder.keySet()) {
            if (cited.equals(key)) {
                return n;
            }
            n++;
        }
        return 0;
    }

    /** The year as cited, "2020a" when disambiguated; "n.d." for a work without one. */
    String year(BibEntry entry) {
        String year = years.getOrDefault(entry.key(), entry.year());
        return year.isEmpty() ? "n.d." : year;
    }

    boolean isEmpty() {
        return inOrder.isEmpty();
    }

    /** The reference list: in order of first citation when numbered, else by author, year and title. */
    List<BibEntry> references(CiteExtension.Style style) {
        List<BibEntry> list = new ArrayList<>(inOrder.values());
        if (style == CiteExtension.Style.AUTHOR_YEAR) {
            list.sort(Comparator.comparing(BibEntry::sortKey).thenComparing(this::year));
        }
        return list;
    }
}
