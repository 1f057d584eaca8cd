package dev.reckon.site;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * @param today     the date that decides which posts are "in the future" (passed in so builds are reproducible)
 * @param throwAway the output folder is deleted right after the build ({@code reckon check}'s): the
 *                  build neither checks nor records a build stamp, so the site's stamp keeps
 *                  describing its published output, and keeps no copies of its files for later
 *                  builds (output blobs)
 */
public record BuildOptions(Path siteRoot, Path output, boolean drafts, boolean future, LocalDate today,
        boolean throwAway) {

    /** A build whose output is kept (published, or served). */
    public BuildOptions(Path siteRoot, Path output, boolean drafts, boolean future, LocalDate today) {
        this(siteRoot, output, drafts, future, today, false);
    }

    /** The same build into a folder that is deleted right after it. */
    public BuildOptions thrownAway() {
        return new BuildOptions(siteRoot, output, drafts, future, today, true);
    }

    /** Every option that shapes the output, as a build stamp records it. */
    String stamped() {
        return drafts + " " + future + " " + today + " " + output.toAbsolutePath().normalize();
    }
}
