package dev.reckon.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site: {@code reckon build}. Runs without a project too:
 * {@code mvn dev.reckon:reckon-maven-plugin:VERSION:build} in a site folder.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends SiteMojo {
    /** Where the site is published; {@code public/} under the site directory by default. */
    @Parameter(property = "reckon.outputDirectory")
    File outputDirectory;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("build"));
        if (outputDirectory != null) {
            command.addAll(List.of("--output", outputDirectory.getAbsolutePath()));
        }
        return command;
    }
}
