package dev.reckon.highlight;

import dev.reckon.js.JsEngine;

/**
 * Measures Prism in GraalJS: the cost of a thread's first use (context plus grammars) and the
 * steady-state time per block. Run with
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.reckon.highlight.PrismHighlighterBenchmark}
 * or from an IDE; it is not part of the test suite.
 */
public final class PrismHighlighterBenchmark {
    private static final String BLOCK = """
            import torch

            def flops_per_token(params: int, training: bool = True) -> float:
                \"\"\"6N for training (forward + backward), 2N for inference.\"\"\"
                return (6 if training else 2) * params  # Kaplan et al.

            for n in [7e9, 70e9, 405e9]:
                print(f"{n:.0e}: {flops_per_token(int(n)):.2e} FLOP/token")
            """;

    private PrismHighlighterBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (JsEngine js = new JsEngine(); PrismHighlighter prism = new PrismHighlighter(js)) {
            long start = System.nanoTime();
            prism.highlight(BLOCK, "python");
            System.out.printf("first block (context + %d grammars): %.1f ms%n",
                    PrismHighlighter.LANGUAGES.size(), (System.nanoTime() - start) / 1e6);
            Thread second = new Thread(() -> {
                long t = System.nanoTime();
                prism.highlight(BLOCK, "python");
                System.out.printf("first block on a second thread (grammars already parsed): %.1f ms%n",
                        (System.nanoTime() - t) / 1e6);
            });
            second.start();
            second.join();
            for (int round = 0; round < 5; round++) {
                int blocks = 200;
                start = System.nanoTime();
                for (int i = 0; i < blocks; i++) {
                    prism.highlight(BLOCK, "python");
                }
                System.out.printf("round %d: %.3f ms per %d-line block%n", round,
                        (System.nanoTime() - start) / 1e6 / blocks, BLOCK.lines().count());
            }
        }
    }
}
