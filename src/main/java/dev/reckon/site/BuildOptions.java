package dev.reckon.site;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * @param today the date that decides which posts are "in the future" (passed in so builds are reproducible)
 */
public record BuildOptions(Path siteRoot, Path output, boolean drafts, boolean future, LocalDate today) {
}
