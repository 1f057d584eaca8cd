package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning step the launcher runs when no hint applies. */
class PlanTest {
    @TempDir
    Path temp;

    @Test
    void readsTheCommandAndTheSiteAsTheLauncherPassesThem() {
        assertEquals("build", Plan.command(List.of("-v", "build", "--source", "x")));
        assertEquals(Path.of("x"), Plan.source(List.of("-v", "build", "--source", "x")));
        assertEquals(Path.of("y"), Plan.source(List.of("build", "--source=y")));
        assertEquals(Path.of("."), Plan.source(List.of("build")));
    }

    @Test
    void aBigColdSiteGetsTheJitAndAWarmOneTheShortJvm() throws IOException {
        Path site = temp.resolve("site");
        for (int i = 0; i < Overrides.JIT_MIN_PAGES; i++) {
            Path post = site.resolve("content/posts/p" + i + ".md");
            Files.createDirectories(post.getParent());
            Files.writeString(post, "");
        }
        Path options = temp.resolve("options");
        assertEquals(0, Plan.run(options, List.of("build", "--source", site.toString()), Map.of(), temp.resolve("cache")));
        String text = Files.readString(options);
        assertTrue(text.contains("\"-XX:+UseSerialGC\"\n"), text);
        assertFalse(text.contains("TieredStopAtLevel"), text);

        assertEquals(0, Plan.run(options, List.of("serve", "--source", site.toString()), Map.of(), temp.resolve("cache")));
        assertEquals("\"-XX:GCTimeRatio=4\"\n", Files.readString(options));
    }

    @Test
    void aBadOverrideIsAUsageErrorAndWritesNothing() {
        Path options = temp.resolve("options");
        assertEquals(2, Plan.run(options, List.of("build"), Map.of("RECKON_QUICK", "yes"), temp.resolve("cache")));
        assertFalse(Files.exists(options));
    }
}
