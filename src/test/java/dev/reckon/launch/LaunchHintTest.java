package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options file: read back by the real java launcher, and always newer than what the build wrote. */
class LaunchHintTest {
    @TempDir
    Path temp;

    @Test
    void theJavaLauncherReadsBackEveryOptionExactlyEvenWithSpacesQuotesAndBackslashes() throws Exception {
        Path file = temp.resolve("options");
        String odd = "a b \"c\" \\d #e";
        LaunchHint.write(file, List.of("-XX:+UseSerialGC", "-Dreckon.odd=" + odd));
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + file, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes());
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), out);
        assertTrue(out.contains("reckon.odd = " + odd + "\n"), out);
    }

    @Test
    void anUnchangedHintIsOnlyTouchedAndAlwaysEndsUpAheadOfTheClock() throws IOException {
        Path file = temp.resolve("launch/hint");
        LaunchHint.write(file, List.of("-XX:+UseSerialGC"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        long before = System.currentTimeMillis();
        LaunchHint.write(file, List.of("-XX:+UseSerialGC"));
        assertEquals("\"-XX:+UseSerialGC\"\n", Files.readString(file));
        assertTrue(Files.getLastModifiedTime(file).toMillis() > before + 500,
                "file times are coarse: the hint must be strictly newer than the caches the build just wrote");
    }
}
