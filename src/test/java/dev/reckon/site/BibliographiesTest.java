package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.bib.BibEntry;
import dev.reckon.bib.Bibliography;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula library's sources are bibliography entries every page may cite. */
class BibliographiesTest {
    @Test
    void formulaLibrarySourcesAreCitableEntries() {
        Bibliography library = Bibliographies.formulaLibrary();
        BibEntry kaplan = library.get("kaplan2020").orElseThrow();
        assertEquals("Kaplan et al.", kaplan.shortAuthors());
        assertEquals("2020", kaplan.year());
        assertEquals("https://arxiv.org/abs/2001.08361", kaplan.link());
        assertTrue(library.keys().containsAll(List.of("hoffmann2022", "korthikanti2022", "williams2009")),
                library.keys().toString());
        assertEquals("Chowdhery et al.", library.get("chowdhery2022").orElseThrow().shortAuthors());
    }
}
