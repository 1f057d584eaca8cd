/**
 * Bibliographies for citations: BibTeX files read with JBibTeX into plain {@link dev.reckon.bib.BibEntry}
 * records (every mistake a positioned diagnostic), and how an entry is named in prose.
 */
package dev.reckon.bib;
