import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * What does KaTeX's statement budget (a Truffle instrument counting every statement of
 * katex.min.js, as Reckon's sandbox sets it) cost? Two contexts on one engine, one with the limit
 * and one without, render the same 200 distinct display formulas in alternating rounds; medians of
 * rounds 3 on are reported (the first rounds fill the engine's shared code). Run from the repo:
 *
 *   ./reckon --version >/dev/null && java -Xss8m -cp "target/reckon.jar:target/lib/*" bench/StatementBudget.java
 */
public class StatementBudget {
    public static void main(String[] args) throws Exception {
        List<String> formulas = KatexBench.formulas(200);
        int rounds = Math.max(KatexBench.WARM_UP_ROUNDS + 1, args.length > 0 ? Integer.parseInt(args[0]) : 7);
        long[] limited = new long[rounds];
        long[] free = new long[rounds];
        try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
                Context withLimit = context(engine, true);
                Context without = context(engine, false)) {
            Source katex = KatexBench.katex();
            withLimit.eval(katex);
            without.eval(katex);
            for (int r = 0; r < rounds; r++) {
                limited[r] = renderAll(withLimit, formulas, true);
                free[r] = renderAll(without, formulas, false);
                System.out.printf("round %d: with the statement limit %d ms, without %d ms%n", r + 1,
                        limited[r] / 1_000_000, free[r] / 1_000_000);
            }
        }
        long l = KatexBench.medianAfterWarmUp(limited);
        long f = KatexBench.medianAfterWarmUp(free);
        System.out.printf("median of rounds 3-%d: with %d ms, without %d ms (%.3fx)%n", rounds, l / 1_000_000,
                f / 1_000_000, (double) l / f);
    }

    private static long renderAll(Context context, List<String> formulas, boolean reset) {
        Value render = context.eval("js",
                "(tex) => katex.renderToString(tex, {output: 'htmlAndMathml', throwOnError: true, displayMode: true})");
        long t0 = System.nanoTime();
        for (String tex : formulas) {
            render.execute(tex);
            if (reset) {
                context.resetLimits();
            }
        }
        return System.nanoTime() - t0;
    }

    /** As Reckon's JsEngine builds it (no host access, no IO), with or without the statement limit. */
    private static Context context(Engine engine, boolean limit) {
        Context.Builder builder = Context.newBuilder("js").engine(engine)
                .allowHostAccess(HostAccess.NONE).allowIO(IOAccess.NONE);
        if (limit) {
            builder.resourceLimits(ResourceLimits.newBuilder()
                    .statementLimit(20_000_000, source -> source.getName().equals("katex.min.js")).build());
        }
        return builder.build();
    }
}
