package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher scripts themselves, run by /bin/sh with the environment a fresh machine would give
 * them: only the programs they need on PATH, and JDKs laid out where the usual folders are.
 */
class LauncherScriptTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = REPO.resolve("src/main/dist/bin/reckon");
    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    @Test
    void aJavaHomeThatIsNotAJdk25IsPassedOverForOneInTheUsualFolders() throws Exception {
        Path old = fakeJdk(temp.resolve("jdk-17"), "17.0.15");
        Path folders = Files.createDirectories(temp.resolve("jvms"));
        Path mac = linkedJdk(folders.resolve("temurin-25.jdk/Contents/Home"));
        Run run = run(LAUNCHER, Map.of("JAVA_HOME", old.toString(), "PATH", tools("dirname", "readlink", "grep"),
                "RECKON_JDK_DIRS", folders.toString(), "_RECKON_ONLY_FIND_JDK", "1"));
        assertEquals(0, run.code(), run.err());
        assertEquals(mac.toString(), run.out().strip(), "a macOS-style bundle, under Contents/Home");
    }

    @Test
    void theJavaOnPathIsFollowedThroughItsLinksToItsJdk() throws Exception {
        Path jdk = linkedJdk(temp.resolve("opt/jdk-25"));
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin/java"));
        Run run = run(LAUNCHER, Map.of("PATH", bin + ":" + tools("dirname", "readlink", "grep"),
                "RECKON_JDK_DIRS", temp.resolve("none").toString(), "_RECKON_ONLY_FIND_JDK", "1"));
        assertEquals(0, run.code(), run.err());
        assertEquals(jdk.toString(), run.out().strip());
    }

    @Test
    void withoutAnyJdk25ItSaysWhatToInstallInOneSentence() throws Exception {
        Run run = run(LAUNCHER, Map.of("PATH", tools("dirname", "readlink", "grep"),
                "RECKON_JDK_DIRS", temp.resolve("none").toString()));
        assertEquals(2, run.code());
        assertEquals("reckon: no JDK 25 found (looked at JAVA_HOME, the java on PATH and the usual JVM folders); "
                + "install one, e.g. Temurin 25, or set JAVA_HOME to it\n", run.err());
    }

    @Test
    void reckonTestWithoutChromiumAndNoWayToInstallItStopsAtOnceNamingIt() throws Exception {
        // No apt-get on PATH: as on a machine where Chromium cannot be installed for the user.
        String path = tools("dirname", "readlink", "grep", "id", "mvn");
        String sentence = "reckon: the browser tests need Chromium: install it (e.g. 'sudo apt-get install chromium') or set"
                + " RECKON_CHROMIUM to a Chromium or Chrome program, and run ./reckon test again\n";
        Run run = run(REPO.resolve("reckon"), Map.of("PATH", path, "JAVA_HOME", THIS_JDK.toString()), "test");
        assertEquals(1, run.code(), run.out());
        assertEquals(sentence, run.err());
        assertEquals("", run.out(), "nothing ran");

        Run named = run(REPO.resolve("reckon"), Map.of("PATH", path, "JAVA_HOME", THIS_JDK.toString(),
                "RECKON_CHROMIUM", temp.resolve("no-such-browser").toString()), "test");
        assertEquals(1, named.code());
        assertEquals(sentence, named.err());
    }

    @Test
    void bothLaunchersStartTheJvmWithTheFixedOptionsJavaNames() throws IOException {
        String fixed = String.join(" ", Installation.FIXED_OPTIONS);
        assertTrue(Files.readString(LAUNCHER).contains("fixed=\"" + fixed + "\"\n"), "bin/reckon");
        assertTrue(Files.readString(LAUNCHER.resolveSibling("reckon.cmd")).contains(fixed + " "), "bin/reckon.cmd");
    }

    /** A folder of stand-ins for the named programs: a PATH with those and nothing else. */
    private String tools(String... names) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("tools"));
        for (String name : names) {
            Path link = dir.resolve(name);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Path program = List.of("/usr/bin", "/bin", "/usr/local/bin").stream().map(d -> Path.of(d, name))
                        .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError("no " + name));
                wrapper(link, program);
            }
        }
        return dir.toString();
    }

    /** A folder that looks like a JDK of another version: a release file and a java that says so. */
    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
        java.toFile().setExecutable(true);
        return home;
    }

    /** A JDK 25 home whose java hands over to the JDK running this test. */
    private static Path linkedJdk(Path home) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.copy(THIS_JDK.resolve("release"), home.resolve("release"));
        wrapper(home.resolve("bin/java"), THIS_JDK.resolve("bin/java"));
        return home;
    }

    private static void wrapper(Path file, Path program) throws IOException {
        Files.writeString(file, "#!/bin/sh\nexec " + program + " \"$@\"\n");
        file.toFile().setExecutable(true);
    }

    private Run run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("HOME", temp.resolve("home").toString());
        pb.environment().putAll(env);
        pb.redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        Process process = pb.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), Files.readString(temp.resolve("out")), Files.readString(temp.resolve("err")));
    }
}
