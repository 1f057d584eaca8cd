package dev.reckon.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about itself. {@code updated}, {@code description}, {@code slug} and
 * {@code image} may be null.
 *
 * @param figureSources {@code figure_sources}: whether the page ends with its "Figures and sources"
 *                      section; null leaves it to {@code site.yaml}
 * @param bibliography BibTeX files the page cites from besides the site's {@code content/references.bib},
 *                     relative to the page's folder (empty when none)
 * @param toc          whether the page shows a table of contents; null for the site's default
 * @param series       the name of the series the post is part of, or null
 * @param seriesPart   the post's place in its series (from 1), or null to order the series by date
 */
public record FrontMatter(
        String title,
        LocalDate date,
        LocalDate updated,
        String description,
        List<String> tags,
        boolean draft,
        String slug,
        String image,
        Boolean figureSources,
        List<String> bibliography,
        Boolean toc,
        String series,
        Integer seriesPart) {
}
