package dev.reckon.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the site and fails the build on any error: {@code reckon check}, by default in the
 * {@code verify} phase. Nothing is published; the site is built into a temporary folder.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends SiteMojo {
    /** Hand-typed figures are errors, not warnings (what CI should run). */
    @Parameter(property = "reckon.strict", defaultValue = "false")
    boolean strict;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("check"));
        if (strict) {
            command.add("--strict");
        }
        return command;
    }
}
