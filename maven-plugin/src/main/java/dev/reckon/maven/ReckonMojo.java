package dev.reckon.maven;

import dev.reckon.launch.Installation;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the site and the build options, and running Reckon's command line in a JVM
 * of its own, started with the launcher's fixed options (GraalJS needs native access and KaTeX deep
 * stacks, which Maven's JVM does not have). Its output reaches Maven's log line by line, so its
 * diagnostics read exactly as on the command line, file:line:column first.
 */
abstract class ReckonMojo extends AbstractMojo {
    /** The site root: the folder holding {@code content/} (and, if the site has any, {@code templates/}). */
    @Parameter(property = "reckon.siteDirectory", defaultValue = "${basedir}", required = true)
    File siteDirectory;

    /** Skip this goal. */
    @Parameter(property = "reckon.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** The Reckon command line, after {@code reckon}: the command and its options. */
    abstract List<String> arguments();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Reckon (reckon.skip)");
            return;
        }
        List<String> args = arguments();
        int code = run(args);
        switch (code) {
            case 0 -> { }
            case 1 -> throw new MojoFailureException("reckon " + args.get(0) + " found problems in the site at "
                    + siteDirectory + " (listed above)");
            case 2 -> throw new MojoExecutionException("reckon refused its arguments (see above): " + String.join(" ", args));
            default -> throw new MojoExecutionException("reckon stopped with exit code " + code);
        }
    }

    private int run(List<String> args) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Installation.FIXED_OPTIONS);
        command.add("-XX:+UseSerialGC");
        command.addAll(List.of("-cp", classPath(), "dev.reckon.cli.Main"));
        command.addAll(args);
        getLog().debug("Running " + String.join(" ", command));
        try {
            Process process = new ProcessBuilder(command).directory(siteDirectory).start();
            List<String> errors = new ArrayList<>();
            Thread err = pump(process.getErrorStream(), errors::add);
            pump(process.getInputStream(), getLog()::info).join();
            err.join();
            int code = process.waitFor();
            // Warnings of a build that succeeded are warnings; everything a failing run said is the failure.
            errors.forEach(code == 0 ? getLog()::warn : getLog()::error);
            return code;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while Reckon ran", e);
        }
    }

    /** This plugin's own class path: Reckon and every library it runs, as Maven resolved them. */
    private String classPath() {
        return plugin.getArtifacts().stream().map(Artifact::getFile).filter(f -> f != null)
                .map(File::getAbsolutePath).collect(Collectors.joining(File.pathSeparator));
    }

    private static Thread pump(InputStream stream, Consumer<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "reckon-output");
        thread.start();
        return thread;
    }
}
