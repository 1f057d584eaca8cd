package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.launch.LaunchPolicy.Choice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choices turned into JVM options for an installation laid out on disk as the distribution lays it out. */
class InstallationTest {
    private static final Choice COLD = new Choice(false, false, false, false, List.of());
    private static final Choice WARM = new Choice(false, true, true, false, List.of());

    @TempDir
    Path temp;
    Path lib;
    Installation installation;

    @BeforeEach
    void lay() throws IOException {
        lib = Files.createDirectories(temp.resolve("reckon-1.0/lib"));
        for (String jar : List.of("reckon.jar", "polyglot-25.0.3.jar", "truffle-api-25.0.3.jar", "jsoup-1.22.1.jar",
                "jit/compiler-25.0.3.jar")) {
            Files.createDirectories(lib.resolve(jar).getParent());
            Files.writeString(lib.resolve(jar), jar);
        }
        installation = new Installation(lib.resolve("reckon.jar"), lib, temp.resolve("cache"), "jdk-25 build 1");
    }

    @AfterEach
    void clear() {
        System.clearProperty(Installation.RECORDING);
        Installation.forgetAbandoned();
    }

    @Test
    void theCollectorFollowsTheCommandAndTheShortJvmTheChoice() {
        assertEquals(List.of("-XX:+UseSerialGC"), installation.jvmOptions(COLD));
        assertEquals(List.of("-XX:GCTimeRatio=4"), installation.jvmOptions(new Choice(false, false, false, true, List.of())));
        assertEquals("-XX:TieredStopAtLevel=1", installation.jvmOptions(new Choice(false, true, false, false, List.of())).get(1));
    }

    @Test
    void theJitPutsTheCompilerAndTheGraalJarsOfItsVersionOnTheModulePaths() throws IOException {
        List<String> options = installation.jvmOptions(new Choice(true, false, false, false, List.of()));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                "--upgrade-module-path", lib.resolve("jit/compiler-25.0.3.jar").toString(),
                "--module-path", lib.resolve("polyglot-25.0.3.jar") + ":" + lib.resolve("truffle-api-25.0.3.jar"),
                "--add-modules", "org.graalvm.polyglot", "--enable-native-access=org.graalvm.truffle"), options);

        Files.writeString(lib.resolve("regex-24.2.0.jar"), "another GraalVM's jar stays off the module path");
        assertEquals(options, installation.jvmOptions(new Choice(true, false, false, false, List.of())));

        Files.delete(lib.resolve("jit/compiler-25.0.3.jar"));
        assertEquals(List.of("-XX:+UseSerialGC"), installation.jvmOptions(new Choice(true, false, false, false, List.of())),
                "without the compiler's jar, interpreted as before");
    }

    @Test
    void theAotCacheIsRecordedOnceInTheUsersCacheFolderThenUsed() throws IOException {
        Path aot = installation.aotFile();
        assertTrue(aot.startsWith(temp.resolve("cache/aot")), "never inside the installation: " + aot);
        List<String> record = installation.jvmOptions(WARM);
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:aot=off", "-Xlog:cds=off",
                "-XX:AOTCacheOutput=" + aot, "-D" + Installation.RECORDING + "=" + aot), record);
        assertTrue(Files.isDirectory(aot.getParent()), "the JVM records nothing into a folder that is missing when it starts");

        // The recording build: marks the attempt, and already counts on the cache it will leave.
        System.setProperty(Installation.RECORDING, aot.toString());
        assertTrue(Installation.startRecording());
        assertEquals("-XX:AOTCache=" + aot, installation.aotOptions().get(2));
        System.clearProperty(Installation.RECORDING);

        assertEquals(List.of(), installation.aotOptions(), "a recording that left no cache is not tried again");

        // A recording build that was skipped (nothing changed) loaded too little: the next records again.
        System.setProperty(Installation.RECORDING, aot.toString());
        Installation.abandonRecording();
        assertEquals("-XX:AOTCacheOutput=" + aot, installation.aotOptions().get(2));
        assertFalse(Files.exists(Installation.triedMarker(aot)));
        System.clearProperty(Installation.RECORDING);
        Installation.forgetAbandoned();
        Files.writeString(Installation.triedMarker(aot), "");
        Files.writeString(aot, "cache");
        assertEquals(List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCache=" + aot), installation.aotOptions());
    }

    @Test
    void aNewJarOrJdkAtTheSamePlaceGetsItsOwnCacheAndTheOldOneIsRemovedWhenItIsRecorded() throws IOException {
        Path first = installation.aotFile();
        Files.createDirectories(first.getParent());
        Files.writeString(first, "old cache");
        Files.writeString(Installation.triedMarker(first), "");
        Path otherPlace = first.resolveSibling("000000000000-111111111111.aot");
        Files.writeString(otherPlace, "another installation's");

        Files.writeString(lib.resolve("reckon.jar"), "a rebuilt jar, longer than before");
        Files.setLastModifiedTime(lib.resolve("reckon.jar"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Path second = installation.aotFile();
        assertNotEquals(first, second);
        assertEquals(first.getFileName().toString().substring(0, 13), second.getFileName().toString().substring(0, 13),
                "same place, same prefix");
        Installation otherJdk = new Installation(installation.jar(), lib, installation.cache(), "jdk-25 build 2");
        assertNotEquals(second, otherJdk.aotFile());

        System.setProperty(Installation.RECORDING, second.toString());
        Installation.startRecording();
        assertFalse(Files.exists(first));
        assertFalse(Files.exists(Installation.triedMarker(first)));
        assertTrue(Files.exists(otherPlace), "another installation's cache stays");
        assertTrue(Files.exists(Installation.triedMarker(second)));
    }
}
