package dev.reckon.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new site in the site directory: {@code reckon init}. The folder may already hold the
 * project's pom.xml; no existing file is ever overwritten. Not bound to any phase: run it once,
 * {@code mvn dev.reckon:reckon-maven-plugin:VERSION:init}, then {@code mvn verify} builds the site.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends ReckonMojo {
    /** Also copy the default theme's templates and assets into {@code templates/}, to edit them. */
    @Parameter(property = "reckon.templates", defaultValue = "false")
    boolean templates;

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("init", "--force"));
        if (templates) {
            args.add("--templates");
        }
        args.add(siteDirectory.getAbsolutePath());
        return args;
    }
}
