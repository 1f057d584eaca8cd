package dev.reckon.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Reckon as a separate process, as the launcher does (same JVM flags, this test run's class
 * path): for what only a real process shows — a kill, two builds at once, another user's rights.
 */
public final class ReckonProcess {
    /**
     * Runs a command as root without the capabilities that let root read any file
     * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): permission bits then apply to it as to any user,
     * so a {@code chmod 000} file really cannot be read. util-linux's {@code setpriv}.
     */
    public static final List<String> WITHOUT_ROOT_READ = List.of("setpriv",
            "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search");

    private ReckonProcess() {
    }

    /** {@code java … dev.reckon.cli.Main args}, after {@code prefix} (a wrapper such as strace or setpriv). */
    public static List<String> command(List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xss8m",
                "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.reckon.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a run whose standard output is discarded and standard error goes to {@code err}. */
    public static Process start(List<String> prefix, ProcessBuilder.Redirect err, String... args) throws IOException {
        return new ProcessBuilder(command(prefix, args))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err)
                .start();
    }

    /** A finished run: its exit code and standard error. */
    public record Result(int exit, String stderr) {
    }

    /** Runs to the end and returns the exit code and standard error. */
    public static Result run(List<String> prefix, String... args) throws IOException, InterruptedException {
        Process process = start(prefix, ProcessBuilder.Redirect.PIPE, args);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), err);
    }

    /** Whether this process can read a file its mode forbids it to (root): such a test must drop the rights. */
    public static boolean readsAnyFile(Path scratch) throws IOException {
        Path probe = Files.createTempFile(scratch, "probe", ".txt");
        try {
            Files.setPosixFilePermissions(probe, java.util.Set.of());
            return Files.isReadable(probe);
        } finally {
            Files.delete(probe);
        }
    }
}
