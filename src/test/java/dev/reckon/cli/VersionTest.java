package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code reckon --version} names Reckon's version and the versions of the libraries it runs. */
class VersionTest {
    @Test
    void printsReckonsVersionAndTheLibrariesOnTheClassPath() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // The versions pom.xml asks for, handed over by Surefire.
        List<String> expected = List.of(System.getProperty("reckon.expected.versions").split("\\|"));
        assertEquals(expected, lines.subList(0, expected.size()));
        assertTrue(lines.get(expected.size()).startsWith("Java " + Runtime.version() + " ("), r.out());
    }
}
