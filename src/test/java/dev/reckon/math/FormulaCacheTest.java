package dev.reckon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.files.DiskCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas kept on disk between builds, through the real KaTeX. */
class FormulaCacheTest {
    private static final String FP = KatexRenderer.fingerprint();

    @TempDir
    Path dir;

    @Test
    void fingerprintNamesVersionAndEveryOption() {
        assertTrue(FP.contains(KatexRenderer.KATEX_VERSION));
        KatexRenderer.OPTIONS.forEach((k, v) -> assertTrue(FP.contains(k + "=" + v), k));
    }

    @Test
    void aFormulaIsRenderedOnceEverAndDisplayModeIsPartOfTheKey() {
        DiskCache disk = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        CachingMathRenderer first = new CachingMathRenderer(SharedKatex::get, disk);
        String inline = first.render("x^2", false);
        String display = first.render("x^2", true);
        assertEquals(2, first.rendered(), "display mode is part of the key");

        CachingMathRenderer second = new CachingMathRenderer(() -> {
            throw new AssertionError("a warm build creates no KaTeX");
        }, new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES));
        assertEquals(inline, second.render("x^2", false));
        assertEquals(display, second.render("x^2", true));
        assertEquals(0, second.rendered());
        assertEquals(2, second.reused());
    }

    @Test
    void aFormulaReadFromDiskKeepsTheFontsItWasRenderedWith() {
        DiskCache disk = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        MathRenderer.Typeset rendered = new CachingMathRenderer(SharedKatex::get, disk).typeset("\\mathbb{R}^n", false);
        assertEquals(KatexFonts.used(rendered.html()), rendered.fonts());
        assertTrue(rendered.fonts().contains("fonts/KaTeX_AMS-Regular.woff2"), rendered.fonts().toString());

        MathRenderer.Typeset read = new CachingMathRenderer(() -> {
            throw new AssertionError("a warm build creates no KaTeX");
        }, new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES)).typeset("\\mathbb{R}^n", false);
        assertEquals(rendered, read);
    }

    @Test
    void aCorruptEntryIsRenderedAgainAndRepaired() throws IOException {
        DiskCache disk = new DiskCache(dir, FP, DiskCache.DEFAULT_MAX_BYTES);
        String real = new CachingMathRenderer(SharedKatex::get, disk).render("a+b", false);
        Path file = onlyEntry();
        String good = Files.readString(file);
        for (String bad : List.of(good.substring(0, good.length() - 7), good.replace("mord", "mbin"))) {
            Files.writeString(file, bad);
            CachingMathRenderer math = new CachingMathRenderer(SharedKatex::get, disk);
            assertEquals(real, math.render("a+b", false), "the bad entry is never returned");
            assertEquals(1, math.rendered());
            assertEquals(good, Files.readString(file), "the entry is rewritten whole");
        }
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> entries = files.filter(Files::isRegularFile).toList();
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
    }
}
