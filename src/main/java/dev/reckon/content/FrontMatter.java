package dev.reckon.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about itself. {@code updated}, {@code description}, {@code slug} and
 * {@code image} may be null.
 *
 * @param figureSources {@code figure_sources}: whether the page ends with its "Figures and sources"
 *                      section; null leaves it to {@code site.yaml}
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
        Boolean figureSources) {
}
