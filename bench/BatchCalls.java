import dev.reckon.js.JsEngine;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Does rendering formulas in batches (one host call per batch) beat one host call per formula?
 * KaTeX 0.16.47 in GraalJS, in Reckon's sandboxed context, on 300 distinct formulas like the
 * benchmark corpus's; rounds alternate between the two ways, medians reported. Run from the repo:
 *
 *   ./reckon --version >/dev/null && java -Xss8m -cp "target/reckon.jar:target/lib/*" bench/BatchCalls.java
 */
public class BatchCalls {
    public static void main(String[] args) throws Exception {
        List<String> formulas = KatexBench.formulas(300);
        try (JsEngine js = new JsEngine(); Context context = js.newContext()) {
            context.eval(KatexBench.katex());
            Value render = context.eval("js", "(tex, opts) => katex.renderToString(tex, opts)");
            Value renderAll = context.eval("js", "(texs, opts) => texs.map(t => katex.renderToString(t, opts))");
            Value options = context.eval("js", "({output: 'htmlAndMathml', throwOnError: true, trust: false, displayMode: true})");
            int rounds = Math.max(KatexBench.WARM_UP_ROUNDS + 1, args.length > 0 ? Integer.parseInt(args[0]) : 7);
            long[] single = new long[rounds];
            long[] batched = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                long chars = 0;
                for (String tex : formulas) {
                    chars += render.execute(tex, options).asString().length();
                }
                single[r] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                Value texs = context.eval("js", "[]");
                for (int i = 0; i < formulas.size(); i++) {
                    texs.setArrayElement(i, formulas.get(i));
                }
                Value out = renderAll.execute(texs, options);
                long batchChars = 0;
                for (int i = 0; i < out.getArraySize(); i++) {
                    batchChars += out.getArrayElement(i).asString().length();
                }
                batched[r] = System.nanoTime() - t0;
                if (chars != batchChars) {
                    throw new IllegalStateException("the two ways rendered different HTML");
                }
                System.out.printf("round %d: one call per formula %d ms, one call for all %d ms%n", r + 1,
                        single[r] / 1_000_000, batched[r] / 1_000_000);
            }
            long s = KatexBench.medianAfterWarmUp(single);
            long b = KatexBench.medianAfterWarmUp(batched);
            System.out.printf("median of rounds 3-%d over %d formulas: per formula %d ms, batched %d ms (%.3fx)%n",
                    rounds, formulas.size(), s / 1_000_000, b / 1_000_000, (double) b / s);
        }
    }
}
