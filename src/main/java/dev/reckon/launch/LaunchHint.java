package dev.reckon.launch;

import dev.reckon.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options for the next start, in a java launcher argument file ({@code java @file}) in the
 * user's cache folder. The launcher names the file (after Reckon's jar and the site) and passes
 * it as {@code -Dreckon.launch.hint}; it trusts the file while it is newer than the jar and than
 * the site's {@code .reckon/cache} folder, so deleting that folder or installing another Reckon
 * makes the next start plan afresh. Never kept in the site itself: a site folder may come from
 * anyone, and JVM options can run code.
 */
public final class LaunchHint {
    /** The system property naming the hint file; absent when Reckon was not started by its launcher. */
    public static final String FILE = "reckon.launch.hint";
    /** The system property naming the user's cache folder for Reckon. */
    public static final String CACHE = "reckon.cache";

    private LaunchHint() {
    }

    /**
     * After a build that succeeded: the options its next run should start with. The file is
     * rewritten only when they changed, but always touched, so it stays newer than the site's caches
     * this build wrote.
     */
    public static void afterBuild(SiteFacts next) {
        String file = System.getProperty(FILE);
        String cache = System.getProperty(CACHE);
        if (file == null || cache == null) {
            return;
        }
        LaunchPolicy.Choice choice = LaunchPolicy.choose("build", next, Overrides.NONE);
        write(Path.of(file), Installation.current(Path.of(cache)).jvmOptions(choice));
    }

    /**
     * Writes {@code options} as an argument file (unchanged content: only its time is refreshed).
     * Its time is set a second ahead: file times are coarse (writes milliseconds apart often share
     * one), and the launcher must see the hint as strictly newer than the caches this build wrote.
     */
    static void write(Path file, List<String> options) {
        byte[] text = argumentFile(options).getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), text)) {
                Files.createDirectories(file.getParent());
                AtomicFiles.replace(file, text);
            }
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        } catch (IOException e) {
            // No hint: the next start plans afresh, which costs a short JVM and nothing else.
        }
    }

    /** One option per line, each double-quoted with {@code \} and {@code "} escaped (the launcher's syntax). */
    static String argumentFile(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (String option : options) {
            out.append('"').append(option.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return out.toString();
    }
}
