package dev.reckon.markdown.cite;

import dev.reckon.bib.Bibliography;
import dev.reckon.diag.Diagnostic;
import java.util.List;
import java.util.SortedMap;

/**
 * What one page may cite, given to its document ({@link CiteExtension#PAGE_BIBLIOGRAPHY}).
 *
 * @param entries      the site's and the page's own BibTeX entries merged (the page's win)
 * @param files        every bibliography file the page reads, present or not, with a fingerprint of
 *                     its bytes: a page that cites depends on them ({@link CiteExtension#DEPENDENCY})
 * @param problems     the files' own errors (syntax, duplicate keys, a missing file), reported by a page that cites
 * @param available    whether the page has a bibliography at all; without one, {@code @word} in
 *                     prose is just text (a handle, say), and only a bracketed citation is an error
 */
public record PageBibliography(Bibliography entries, SortedMap<String, String> files, List<Diagnostic> problems,
        boolean available) {
}
