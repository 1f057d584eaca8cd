package dev.reckon.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The launcher's planning step, a short JVM of its own, run only when no hint from an earlier build
 * applies (the first build of a site with this Reckon, after its caches were deleted, for
 * {@code serve}, and whenever {@code RECKON_*} overrides are set): looks at the site, chooses, and
 * writes the JVM options to the argument file the launcher names.
 *
 * <p>{@code java -cp reckon.jar dev.reckon.launch.Plan OPTIONS_FILE RECKON_ARGS...}; exit 2 for an
 * override that is not one of its choices, 1 if the file cannot be written.
 */
public final class Plan {
    private Plan() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Plan OPTIONS_FILE [reckon arguments]");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Arrays.asList(args).subList(1, args.length), System.getenv(),
                Path.of(System.getProperty(LaunchHint.CACHE, defaultCache(System.getenv())))));
    }

    static int run(Path optionsFile, List<String> reckonArgs, Map<String, String> env, Path cache) {
        Overrides overrides;
        try {
            overrides = Overrides.from(env);
        } catch (IllegalArgumentException e) {
            System.err.println("reckon: " + e.getMessage());
            return 2;
        }
        String command = command(reckonArgs);
        Installation installation = Installation.current(cache);
        SiteFacts facts = "build".equals(command)
                ? SiteFacts.scan(source(reckonArgs), time(installation.jar()))
                : new SiteFacts(0, 0, 0, 0);
        LaunchPolicy.Choice choice = LaunchPolicy.choose(command, facts, overrides);
        choice.notes().forEach(note -> System.err.println("reckon: " + note));
        if (overrides.verbose()) {
            System.err.println("reckon: " + facts + ": Graal JIT " + onOff(choice.jit()) + ", short JVM "
                    + onOff(choice.quick()) + ", AOT cache " + onOff(choice.aot()));
        }
        try {
            Files.createDirectories(optionsFile.toAbsolutePath().getParent());
            Files.writeString(optionsFile, LaunchHint.argumentFile(installation.jvmOptions(choice)));
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("reckon: cannot write " + optionsFile + ": " + e.getMessage());
            return 1;
        }
    }

    /** The subcommand: the first argument that is not an option (the global options take no value). */
    static String command(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    }

    /** The site root a command names with {@code --source DIR} or {@code --source=DIR}; the current folder by default. */
    static Path source(List<String> args) {
        String source = ".";
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--source") && i + 1 < args.size()) {
                source = args.get(i + 1);
            } else if (args.get(i).startsWith("--source=")) {
                source = args.get(i).substring("--source=".length());
            }
        }
        return Path.of(source);
    }

    /** {@code $XDG_CACHE_HOME/reckon}, else {@code ~/.cache/reckon}: what the launcher passes, for a run without it. */
    static String defaultCache(Map<String, String> env) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        return (xdg.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg)).resolve("reckon").toString();
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static FileTime time(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
