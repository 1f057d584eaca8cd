package dev.reckon.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that builds the site (into its output or a temporary folder), with the build's options. */
abstract class SiteMojo extends ReckonMojo {
    /** Include posts marked {@code draft: true}. */
    @Parameter(property = "reckon.drafts", defaultValue = "false")
    boolean drafts;

    /** Include posts dated in the future. */
    @Parameter(property = "reckon.future", defaultValue = "false")
    boolean future;

    /** The command and the options of its own. */
    abstract List<String> command();

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(command());
        args.addAll(List.of("--source", siteDirectory.getAbsolutePath()));
        if (drafts) {
            args.add("--drafts");
        }
        if (future) {
            args.add("--future");
        }
        return args;
    }
}
