package dev.reckon.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.reckon.files.DiskCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedHighlighterTest {
    @TempDir
    Path cacheDir;

    private final List<String> calls = new ArrayList<>();
    private final Highlighter upper = (code, language) -> {
        calls.add(language);
        return language.equals("nope") ? null : "<b>" + code.toUpperCase() + "</b>";
    };

    private CachedHighlighter fresh() {
        return new CachedHighlighter(upper, new DiskCache(cacheDir, "test 1", 1 << 20));
    }

    @Test
    void aSecondBuildHighlightsNothingAgainIncludingUnknownLanguages() {
        assertEquals("<b>X = 1</b>", fresh().highlight("x = 1", "py"));
        assertNull(fresh().highlight("x", "nope"));
        assertEquals(List.of("py", "nope"), calls);

        CachedHighlighter warm = fresh();
        assertEquals("<b>X = 1</b>", warm.highlight("x = 1", "py"));
        assertNull(warm.highlight("x", "nope"));
        assertEquals(List.of("py", "nope"), calls, "served from disk");
    }

    @Test
    void languageAndCodeCannotCollide() {
        CachedHighlighter h = fresh();
        assertEquals("<b>1PY</b>", h.highlight("1py", "p"));
        assertEquals("<b>PY</b>", h.highlight("py", "p1"));
    }
}
