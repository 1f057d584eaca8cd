package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output: no build time, absolute path, hash-map order,
 * thread scheduling, default locale or time zone may leak into the published files.
 */
class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void theExampleSiteBuildsByteIdenticallyAnywhereInAnyLocale() throws IOException {
        Path a = build("first/copy");
        Path b = build("second");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Path c;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // dotless i, comma decimals
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14: another date at midnight UTC
            c = build("third");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        List<String> files = files(a);
        assertEquals(files, files(b));
        assertEquals(files, files(c));
        for (String file : files) {
            byte[] expected = Files.readAllBytes(a.resolve(file));
            assertArrayEquals(expected, Files.readAllBytes(b.resolve(file)), file + " differs between two folders");
            assertArrayEquals(expected, Files.readAllBytes(c.resolve(file)), file + " differs in another locale and zone");
        }
    }

    private Path build(String name) {
        Path site = temp.resolve(name).resolve("site");
        TestSites.copyTree(TestSites.REPO.resolve("content"), site.resolve("content"));
        TestSites.copyTree(TestSites.REPO.resolve("templates"), site.resolve("templates"));
        Path out = temp.resolve(name).resolve("public");
        TestSites.build(site, out);
        return out;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }
}
