package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void theMavenPluginCarriesReckonsVersionSoItRunsExactlyThisReckon() throws IOException {
        String pom = Files.readString(Path.of("maven-plugin/pom.xml"));
        Matcher version = Pattern.compile("<artifactId>reckon-maven-plugin</artifactId>.*?<version>([^<]+)</version>",
                Pattern.DOTALL).matcher(pom);
        assertTrue(version.find());
        assertEquals(Versions.reckon(), version.group(1));
    }
}
