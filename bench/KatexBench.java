import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.Source;

/**
 * What the KaTeX micro-benchmarks in this folder share (BatchCalls, StatementBudget): the formulas,
 * the KaTeX source as Reckon loads it, and the median of the rounds after warm-up. Found by Java's
 * multi-file source launcher (JDK 22+), so each benchmark still runs as {@code java bench/X.java}.
 */
final class KatexBench {
    /** The first rounds warm the interpreter's inline caches and the engine's shared code. */
    static final int WARM_UP_ROUNDS = 2;

    private KatexBench() {
    }

    /** {@code n} distinct display formulas like the benchmark corpus's. */
    static List<String> formulas(int n) {
        List<String> formulas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            formulas.add("L_{" + i + "}(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_{" + i + "}} + \\sum_{k=1}^{" + (i % 9 + 2)
                    + "} \\frac{x_k^2}{" + (i + 3) + "}");
        }
        return formulas;
    }

    /** The median of the rounds after {@link #WARM_UP_ROUNDS}. */
    static long medianAfterWarmUp(long[] rounds) {
        long[] sorted = Arrays.copyOfRange(rounds, WARM_UP_ROUNDS, rounds.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** katex.min.js from the webjar, named as Reckon's sandbox names it (its statement limit applies by name). */
    static Source katex() throws Exception {
        try (InputStream in = KatexBench.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/katex/0.16.47/dist/katex.min.js")) {
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), "katex.min.js").build();
        }
    }
}
