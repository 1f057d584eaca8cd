package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.js.JsEngine;
import dev.reckon.js.SharedJs;
import dev.reckon.math.KatexRenderer;
import dev.reckon.math.SharedKatex;
import dev.reckon.output.OutputDirectory;
import dev.reckon.output.PageCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent formula cache seen from a whole build. */
class MathCacheSiteTest {
    @TempDir
    Path temp;

    @Test
    void aWarmBuildStartsNoJavaScriptAndWritesTheSameBytes() throws IOException {
        Path site = TestSites.copySite(TestSites.REPO.resolve("src/test/resources/sites/basic/site"), temp.resolve("site"));
        AtomicInteger engines = new AtomicInteger();
        Supplier<KatexRenderer> counting = () -> {
            engines.incrementAndGet();
            return SharedKatex.get();
        };

        BuildSummary cold = build(site, temp.resolve("cold"), SharedJs.get(), counting);
        assertTrue(cold.formulasRendered() > 0);
        assertEquals(1, engines.get());
        assertTrue(Files.isDirectory(site.resolve(SiteBuilder.MATH_CACHE)));

        // Without the page cache, so every page goes through Markdown and asks for its formulas.
        OutputDirectory.deleteTree(site.resolve(PageCache.DIR));
        try (JsEngine js = new JsEngine()) {
            BuildSummary warm = build(site, temp.resolve("warm"), js, counting);
            assertFalse(js.started(), "every formula and code block was cached: no JavaScript engine is started");
            assertEquals(0, warm.formulasRendered());
            assertEquals(cold.formulasRendered() + cold.formulasReused(), warm.formulasReused());
        }
        assertEquals(1, engines.get(), "every formula was cached: no KaTeX is created");
        assertSameTree(temp.resolve("cold"), temp.resolve("warm"));

        // Deleting the cache is safe: the next build is cold again and still identical.
        OutputDirectory.deleteTree(site.resolve(".reckon"));
        BuildSummary again = build(site, temp.resolve("again"), SharedJs.get(), counting);
        assertEquals(cold.formulasRendered(), again.formulasRendered());
        assertSameTree(temp.resolve("cold"), temp.resolve("again"));
    }

    private static BuildSummary build(Path site, Path out, JsEngine js, Supplier<KatexRenderer> katex) {
        return new SiteBuilder(js, katex)
                .build(new BuildOptions(site, out, false, false, TestSites.TODAY));
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        List<String> files = relativeFiles(expected);
        assertEquals(files, relativeFiles(actual));
        for (String f : files) {
            assertEquals(-1L, Files.mismatch(expected.resolve(f), actual.resolve(f)), f);
        }
    }

    static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }
}
