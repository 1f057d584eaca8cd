package dev.reckon.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where this Reckon and its JDK are, and so the JVM options that carry out a {@link LaunchPolicy.Choice}:
 * the Graal JIT's jars beside Reckon's, and the AOT cache in the user's cache folder (never in the
 * installation, which may be read-only or shared).
 *
 * @param jar   Reckon's jar (its time says when the code last changed)
 * @param lib   the folder of the runtime jars: {@code lib/} of the distribution, {@code target/lib/} of
 *              a checkout; the Graal JIT's jars are in its {@code jit/}
 * @param cache the user's folder for Reckon ({@code ~/.cache/reckon})
 * @param jdk   the JDK's identity: an AOT cache is valid for exactly one JDK build
 */
public record Installation(Path jar, Path lib, Path cache, String jdk) {
    /**
     * What every Reckon JVM starts with, whatever the command: native access for GraalJS (which also
     * uses sun.misc.Unsafe), deep stacks for KaTeX, no display for drawing social images. The
     * launchers (bin/reckon, bin/reckon.cmd) spell the same list; a test holds them to it.
     */
    public static final List<String> FIXED_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow", "-Xss8m", "-Djava.awt.headless=true");
    /** Set for the build that records the AOT cache named by its value. */
    static final String RECORDING = "reckon.aot.recording";
    private static final List<String> QUIET_AOT = List.of("-Xlog:aot=off", "-Xlog:cds=off");
    /** The AOT cache this JVM records but gave up on (see {@link #abandonRecording}), if any. */
    private static volatile String abandoned;

    /** This process's Reckon and JDK, with the user's cache folder the launcher named. */
    public static Installation current(Path cache) {
        try {
            Path jar = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toRealPath();
            Path beside = jar.resolveSibling("lib");
            Path lib = Files.isDirectory(beside) ? beside : jar.getParent();
            String jdk = System.getProperty("java.home") + " " + System.getProperty("java.vm.vendor") + " "
                    + System.getProperty("java.vm.version");
            return new Installation(jar, lib, cache, jdk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM options for a choice, beyond the launcher's fixed ones. */
    public List<String> jvmOptions(LaunchPolicy.Choice choice) {
        List<String> options = new ArrayList<>();
        options.add(choice.serve() ? "-XX:GCTimeRatio=4" : "-XX:+UseSerialGC");
        if (choice.quick()) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (choice.jit()) {
            options.addAll(jitOptions());
        }
        if (choice.aot()) {
            options.addAll(aotOptions());
        }
        return options;
    }

    /**
     * Truffle and polyglot must be named modules for the optimizing runtime to find the compiler; the
     * same jars stay on the class path, where the module copies take precedence. The compiler's jar
     * ({@code jit/compiler-VERSION.jar}) names the GraalVM version, and the module path takes every
     * runtime jar of that version. Without the JIT's jars (a trimmed installation) the build runs
     * interpreted, as it would without the choice.
     */
    List<String> jitOptions() {
        try (Stream<Path> jit = Files.list(lib.resolve("jit")); Stream<Path> jars = Files.list(lib)) {
            Path compiler = jit.filter(p -> p.getFileName().toString().matches("compiler-.+\\.jar")).findFirst().orElse(null);
            if (compiler == null) {
                return List.of();
            }
            String version = compiler.getFileName().toString().substring("compiler".length());
            String modulePath = jars.filter(p -> p.getFileName().toString().endsWith(version))
                    .sorted().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
            return List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path", compiler.toString(),
                    "--module-path", modulePath, "--add-modules", "org.graalvm.polyglot",
                    "--enable-native-access=org.graalvm.truffle");
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Uses the AOT cache for this jar and JDK, or, the first time, records it during this very
     * build (the JDK writes it when the build exits). A recording that failed leaves a marker and is
     * not tried again for this jar and JDK. The recording build counts as having the cache, so the
     * hint it leaves already uses it.
     */
    List<String> aotOptions() {
        Path file = aotFile();
        List<String> options = new ArrayList<>(QUIET_AOT);
        boolean recordingHere = file.toString().equals(System.getProperty(RECORDING));
        if (recordingHere && file.toString().equals(abandoned)) {
            options.add("-XX:AOTCacheOutput=" + file);
            options.add("-D" + RECORDING + "=" + file);
        } else if (Files.isRegularFile(file) || recordingHere) {
            options.add("-XX:AOTCache=" + file);
        } else if (!Files.exists(triedMarker(file)) && folderFor(file)) {
            options.add("-XX:AOTCacheOutput=" + file);
            options.add("-D" + RECORDING + "=" + file);
        } else {
            return List.of();
        }
        return options;
    }

    /** {@code aot/<this jar's place>-<its contents and the JDK>.aot} under the user's cache folder. */
    Path aotFile() {
        String place = hash(jar.toString());
        String version = hash(jar + " " + size(jar) + " " + time(jar).toMillis() + " " + jdk);
        return cache.resolve("aot").resolve(place + "-" + version + ".aot");
    }

    /** The JVM gives up recording, silently, if the output's folder is missing when it starts. */
    private static boolean folderFor(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Path triedMarker(Path aotFile) {
        return aotFile.resolveSibling(aotFile.getFileName() + ".tried");
    }

    /**
     * Called by the build that records the cache: marks the attempt (so a failure is not repeated)
     * and removes the caches of earlier jars installed at the same place.
     */
    public static boolean startRecording() {
        String recording = System.getProperty(RECORDING);
        if (recording == null) {
            return false;
        }
        Path file = Path.of(recording);
        String place = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('-') + 1);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(triedMarker(file), "");
            try (DirectoryStream<Path> older = Files.newDirectoryStream(file.getParent(), place + "*")) {
                for (Path old : older) {
                    if (!old.getFileName().toString().startsWith(file.getFileName().toString())) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        } catch (IOException e) {
            // Without the marker a failed recording is tried once more; nothing else depends on it.
        }
        return true;
    }

    /**
     * Called by a recording build that turned out to be skipped (nothing changed): it loaded too few
     * classes to be a good cache, so the next build records again, overwriting what this one leaves.
     */
    public static void abandonRecording() {
        String recording = System.getProperty(RECORDING);
        if (recording == null) {
            return;
        }
        abandoned = recording;
        try {
            Files.deleteIfExists(triedMarker(Path.of(recording)));
        } catch (IOException e) {
            // Without the marker gone the next build does not record; the poor cache is still valid.
        }
    }

    /** For tests: forget an abandoned recording. */
    static void forgetAbandoned() {
        abandoned = null;
    }

    /**
     * Called last, before the JVM exits: in the build that records the AOT cache, the JDK's report of
     * the recording goes to /dev/null ({@link QuietExit}).
     */
    public static void beforeExit() {
        if (System.getProperty(RECORDING) != null) {
            System.out.flush();
            System.err.flush();
            QuietExit.silenceStandardStreams();
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static FileTime time(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
