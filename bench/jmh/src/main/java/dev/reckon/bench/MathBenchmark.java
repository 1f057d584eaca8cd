package dev.reckon.bench;

import dev.reckon.math.CachingMathRenderer;
import dev.reckon.math.DiskMathCache;
import dev.reckon.math.KatexRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * KaTeX in GraalJS over a fixed set of formulas like the benchmark corpus's, and the paths that
 * avoid it: a hit in the per-build memory map, and a hit in the on-disk cache (a warm build).
 * Each operation renders the whole set, so scores are per {@value #SET_SIZE} formulas.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MathBenchmark {
    static final int SET_SIZE = 10;
    private static final String[] TEX = {
            "E = mc^2",
            "\\sum_{i=1}^{n} x_i^2",
            "\\frac{a+b}{c-d}",
            "\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}",
            "\\mathbf{A}\\mathbf{x} = \\mathbf{b}",
            "\\lim_{h \\to 0} \\frac{f(x+h)-f(x)}{h}",
            "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}",
            "\\alpha_{t+1} = \\alpha_t - \\eta \\nabla L(\\theta)",
            "P(A \\mid B) = \\frac{P(B \\mid A) P(A)}{P(B)}",
            "\\hat{y} = \\sigma(W_2 \\tanh(W_1 x + b_1) + b_2)"};

    private KatexRenderer katex;
    private CachingMathRenderer memoryHits;
    private Path cacheDir;
    private DiskMathCache disk;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        katex = new KatexRenderer();
        memoryHits = new CachingMathRenderer(() -> katex);
        cacheDir = Files.createTempDirectory("reckon-jmh-cache");
        disk = new DiskMathCache(cacheDir, KatexRenderer.fingerprint(), DiskMathCache.DEFAULT_MAX_BYTES);
        for (String tex : TEX) {
            String html = katex.render(tex, true);
            memoryHits.render(tex, true);
            disk.put(tex, true, html);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        katex.close();
        try (var files = Files.walk(cacheDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A cold render: KaTeX runs for every formula. */
    @Benchmark
    public int katexRender() {
        int length = 0;
        for (String tex : TEX) {
            length += katex.render(tex, true).length();
        }
        return length;
    }

    /** A formula seen earlier in the same build. */
    @Benchmark
    public int memoryCacheHit() {
        int length = 0;
        for (String tex : TEX) {
            length += memoryHits.render(tex, true).length();
        }
        return length;
    }

    /** A warm build's first sight of a formula: read and verify the on-disk entry. */
    @Benchmark
    public int diskCacheHit() {
        int length = 0;
        for (String tex : TEX) {
            length += disk.get(tex, true).orElseThrow().length();
        }
        return length;
    }
}
