package dev.reckon.calc;

import static dev.reckon.calc.Citation.AINSLIE_2023;
import static dev.reckon.calc.Citation.ANTHONY_2023;
import static dev.reckon.calc.Citation.CHEN_2022;
import static dev.reckon.calc.Citation.CHOWDHERY_2022;
import static dev.reckon.calc.Citation.DEEPSEEK_2024;
import static dev.reckon.calc.Citation.HOFFMANN_2022;
import static dev.reckon.calc.Citation.KAPLAN_2020;
import static dev.reckon.calc.Citation.KORTHIKANTI_2022;
import static dev.reckon.calc.Citation.RAJBHANDARI_2019;
import static dev.reckon.calc.Citation.WILLIAMS_2009;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formula library: the canon of efficiency formulas as built-in functions over records and figures,
 * each with its sources and assumptions ({@code reckon calc --functions} lists them). The bodies are
 * engine expressions, so units, ranges and the unit identities apply to them as to an author's formula.
 */
final class Library {
    private static final Dimension FLOP_PER_S = Dimension.FLOP.divide(Dimension.TIME);
    private static final Dimension BYTES_PER_S = Dimension.INFORMATION.divide(Dimension.TIME);
    private static final Dimension TOKENS_PER_S = Dimension.TOKEN.divide(Dimension.TIME);
    private static final Dimension INTENSITY = Dimension.FLOP.divide(Dimension.INFORMATION);
    /** A result "per token": what the body's value is divided by. */
    static final String PER_TOKEN = "/token";

    /** By name, then the overloads in the order they are listed. */
    private static final Map<String, List<Formula>> FORMULAS = build();

    private Library() {
    }

    static boolean has(String name) {
        return FORMULAS.containsKey(name);
    }

    /**
     * The overload of {@code name} for these arguments: by their number, then by whether the first is a
     * record ({@code train_flops(model)} or {@code train_flops(N, D)}); null when none fits.
     */
    static Formula get(String name, List<Value> args) {
        List<Formula> fitting = overloads(name).stream().filter(f -> f.params().size() == args.size()).toList();
        if (fitting.size() > 1 && !args.isEmpty()) {
            boolean record = args.get(0) instanceof RecordRef;
            return fitting.stream().filter(f -> f.params().get(0).equals("model") == record).findFirst().orElse(fitting.get(0));
        }
        return fitting.isEmpty() ? null : fitting.get(0);
    }

    static List<Formula> overloads(String name) {
        return FORMULAS.getOrDefault(name, List.of());
    }

    static List<Formula> all() {
        return FORMULAS.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Every formula with its signatures, what it computes, its formula as evaluated, its assumptions and its
     * sources: the text of {@code reckon calc --functions} and of the README's table.
     */
    static String listing() {
        StringBuilder out = new StringBuilder();
        out.append("Built-in functions: ").append(String.join(", ", Builtins.NAMES.stream().sorted().toList())).append("\n");
        out.append("Formula library (records or figures as arguments; units and ranges apply as in any expression):\n");
        for (List<Formula> overloads : FORMULAS.values()) {
            Formula first = overloads.get(0);
            out.append('\n');
            overloads.forEach(f -> out.append(f.signature()).append('\n'));
            out.append("  ").append(first.summary()).append('\n');
            out.append("  formula: ").append(String.join("  or (MLA)  ", first.variants().stream()
                    .map(v -> v.body() + (v.result() == null ? "" : "  [" + v.result() + "]")).toList().reversed())).append('\n');
            out.append("  where:   ").append(first.where()).append('\n');
            out.append("  assumes: ").append(first.assumptions()).append('\n');
            for (Citation c : first.sources()) {
                out.append("  source:  ").append(c.text()).append('\n');
            }
        }
        return out.toString();
    }

    // Inputs read from a model record: active parameters for a mixture of experts, which is what a token meets.
    private static Quantity activeParams(Args a) {
        return a.figure(0, "active_params", "params");
    }

    private static Quantity tokens(Args a) {
        return a.figure(0, "tokens", "train_tokens");
    }

    private static Map<String, List<Formula>> build() {
        Map<String, List<Formula>> m = new LinkedHashMap<>();
        String sixNd = "Training compute ≈ 6·N·D FLOP: each token costs 2N FLOP forward and 4N backward";
        String sixNdAssumes = "dense matrix multiplies dominate; the attention term, which grows with context, is left out; "
                + "N is the active parameters of a mixture of experts; Kaplan et al. count non-embedding parameters";
        String sixNdWhere = "N = the model's active_params, else params; D = its training tokens";
        add(m, new Formula.Builder("train_flops", "model").doc(sixNd, sixNdAssumes, KAPLAN_2020, HOFFMANN_2022).where(sixNdWhere)
                .input("N", "N", Library::activeParams).input("D", "D", Library::tokens)
                .body("6 * N * D", "6\\,N\\,D").build());
        add(m, new Formula.Builder("train_flops", "N", "D").doc(sixNd, sixNdAssumes, KAPLAN_2020, HOFFMANN_2022).where(sixNdWhere)
                .input("N", "N", a -> a.quantity(0, Dimension.PARAM, "405e9 param"))
                .input("D", "D", a -> a.quantity(1, Dimension.TOKEN, "15.6e12 token"))
                .body("6 * N * D", "6\\,N\\,D").build());

        String twoN = "Inference compute ≈ 2·N FLOP per generated token (one multiply and one add per parameter)";
        String twoNAssumes = "forward pass only; the attention term 2·layers·context·d_attn is left out; N active parameters";
        add(m, new Formula.Builder("inference_flops", "model").doc(twoN, twoNAssumes, KAPLAN_2020).where("N = active_params, else params")
                .input("N", "N", Library::activeParams).body("2 * N -> FLOP/token", "2\\,N").build());
        add(m, new Formula.Builder("inference_flops", "N").doc(twoN, twoNAssumes, KAPLAN_2020)
                .input("N", "N", a -> a.quantity(0, Dimension.PARAM, "405e9 param")).body("2 * N -> FLOP/token", "2\\,N").build());

        String weights = "Weight memory: every parameter in the format's bytes";
        add(m, new Formula.Builder("weights", "model", "format").doc(weights,
                        "all parameters (a mixture of experts stores every expert); no quantisation scales or padding beyond the format's", ANTHONY_2023)
                .where("N = the model's params; b = the format's bytes per value")
                .input("N", "N", a -> a.figure(0, "params")).input("b", "b", a -> a.figure(1, "bytes"))
                .body("N * b", "N\\,b").build());

        String adam = "Mixed-precision Adam training state: 16 bytes per parameter (2 weights + 2 gradients + 4 master weights + 4 + 4 moments)";
        String adamAssumes = "16-bit weights and gradients, FP32 master copy and Adam moments, no ZeRO sharding; activations not included";
        add(m, new Formula.Builder("adam_state", "model").doc(adam, adamAssumes, RAJBHANDARI_2019).where("N = params")
                .input("N", "N", a -> a.figure(0, "params")).body("16 B/param * N", "16\\,\\text{B} \\times N").build());
        add(m, new Formula.Builder("adam_state", "N").doc(adam, adamAssumes, RAJBHANDARI_2019)
                .input("N", "N", a -> a.quantity(0, Dimension.PARAM, "405e9 param")).body("16 B/param * N", "16\\,\\text{B} \\times N").build());

        String kv = "KV cache: keys and values of every layer for each token of context; MLA models cache one compressed latent and a RoPE key";
        String kvAssumes = "one sequence (multiply by the batch); no paging overhead; grouped-query attention uses kv_heads; "
                + "a sliding window bounds the context you pass";
        for (boolean perToken : new boolean[] {false, true}) {
            Formula.Builder b = perToken ? new Formula.Builder("kv_cache", "model", "format")
                    : new Formula.Builder("kv_cache", "model", "format", "context");
            b.doc(kv + (perToken ? " (per token)" : ""), kvAssumes, CHEN_2022, AINSLIE_2023, DEEPSEEK_2024).where("L = layers, "
                    + "H = kv_heads (else heads), d = head_dim (else hidden ÷ heads), b = the format's bytes, T = context (tokens or a count; "
                    + "without it, per token); an MLA model (it has kv_lora_rank) caches r = kv_lora_rank plus R = qk_rope_head_dim per layer");
            String t = perToken ? "" : " * T";
            String tf = perToken ? "" : "\\,T";
            b.when(a -> a.has(0, "kv_lora_rank"))
                    .input("r", "d_c", a -> a.figure(0, "kv_lora_rank")).input("R", "d^R_h", a -> a.figure(0, "qk_rope_head_dim"))
                    .input("L", "L", a -> a.figure(0, "layers")).input("b", "b", a -> a.figure(1, "bytes"));
            kvContext(b, perToken).body("(r + R) * L * b" + t, "(d_c + d^R_h)\\,L\\,b" + tf, perToken ? PER_TOKEN : null);
            b.input("L", "L", a -> a.figure(0, "layers"))
                    .input("H", "n_{kv}", a -> a.figure(0, "kv_heads", "heads"))
                    .input("d", "d_{head}", a -> a.has(0, "head_dim") ? a.figure(0, "head_dim")
                            : a.figure(0, "hidden").dividedBy(a.figure(0, "heads"), Dimension.NONE))
                    .input("b", "b", a -> a.figure(1, "bytes"));
            kvContext(b, perToken).body("2 * L * H * d * b" + t, "2\\,L\\,n_{kv}\\,d_{head}\\,b" + tf, perToken ? PER_TOKEN : null);
            add(m, b.build());
        }

        String act = "Activation memory per transformer layer for one micro-batch, 16-bit activations";
        String actAssumes = "a GPT layer (4h MLP, GELU, dropout) without tensor or sequence parallelism (divide by their degree t); "
                + "s sequence length, b micro-batch, h hidden size, a heads; embeddings and the output layer not included";
        activations(m, "activations", act + ", nothing recomputed", actAssumes, "s * b * h * (34 + 5 * a * s / h)",
                "s\\,b\\,h \\left(34 + \\frac{5\\,a\\,s}{h}\\right)");
        activations(m, "activations_selective", act + ", attention recomputed (selective recomputation)", actAssumes,
                "34 * s * b * h", "34\\,s\\,b\\,h");
        activations(m, "activations_full", act + ", everything recomputed (only the layer's input is kept)", actAssumes,
                "2 * s * b * h", "2\\,s\\,b\\,h");

        String chinchilla = "Compute-optimal training tokens ≈ 20 per parameter";
        String chinchillaAssumes = "a rule of thumb read from Hoffmann et al.'s Table 3 (1B → 20.2B tokens, 10B → 205.1B), not printed in the paper; "
                + "for a fixed compute budget, ignoring inference cost";
        add(m, new Formula.Builder("chinchilla_tokens", "model").doc(chinchilla, chinchillaAssumes, HOFFMANN_2022).where("N = params")
                .input("N", "N", a -> a.figure(0, "params")).body("20 token/param * N", "20\\,N").build());
        add(m, new Formula.Builder("chinchilla_tokens", "N").doc(chinchilla, chinchillaAssumes, HOFFMANN_2022)
                .input("N", "N", a -> a.quantity(0, Dimension.PARAM, "70e9 param")).body("20 token/param * N", "20\\,N").build());

        add(m, new Formula.Builder("decode_time", "model", "format", "gpu").doc(
                        "Lower bound on the time per generated token at batch 1: every weight is read from memory once",
                        "memory-bound decoding on one accelerator; KV-cache reads, compute and overheads add to it", WILLIAMS_2009, CHEN_2022)
                .where("N = the model's params, b = the format's bytes, B = the accelerator's memory bandwidth")
                .input("N", "N", a -> a.figure(0, "params")).input("b", "b", a -> a.figure(1, "bytes"))
                .input("B", "B_{mem}", a -> a.figure(2, "bandwidth"))
                .body("N * b / B", "\\frac{N\\,b}{B_{mem}}").build());

        add(m, new Formula.Builder("arithmetic_intensity", "flops", "bytes").doc(
                        "Arithmetic intensity: FLOP performed per byte moved to or from memory", "counts only the bytes that reach memory", WILLIAMS_2009)
                .where("C = FLOP, M = bytes moved")
                .input("C", "C", a -> a.quantity(0, Dimension.FLOP, "2e12 FLOP"))
                .input("M", "M", a -> a.quantity(1, Dimension.INFORMATION, "1 GB"))
                .body("C / M", "\\frac{C}{M}").build());
        add(m, new Formula.Builder("ridge_point", "peak", "bandwidth").doc(
                        "Roofline ridge point: the arithmetic intensity above which a kernel is compute-bound",
                        "use the dense peak of the precision in use", WILLIAMS_2009)
                .where("P = peak FLOP/s, B = memory bandwidth")
                .input("P", "P", a -> a.quantity(0, FLOP_PER_S, "h200.bf16.dense"))
                .input("B", "B_{mem}", a -> a.quantity(1, BYTES_PER_S, "h200.bandwidth"))
                .body("P / B", "\\frac{P}{B_{mem}}").build());
        add(m, new Formula.Builder("roofline", "peak", "bandwidth", "intensity").doc(
                        "Roofline: attainable throughput is the lesser of the peak and intensity × bandwidth",
                        "an upper bound; caches, latency and overlap are ignored", WILLIAMS_2009)
                .where("P = peak FLOP/s, B = memory bandwidth, I = arithmetic intensity")
                .input("P", "P", a -> a.quantity(0, FLOP_PER_S, "h200.bf16.dense"))
                .input("B", "B_{mem}", a -> a.quantity(1, BYTES_PER_S, "h200.bandwidth"))
                .input("I", "I", a -> a.quantity(2, INTENSITY, "100 FLOP/B"))
                .body("min(P, I * B)", "\\min(P,\\ I\\,B_{mem})").build());

        add(m, new Formula.Builder("train_time", "model", "peak", "chips", "mfu").doc(
                        "Training time, compute-bound: 6·N·D FLOP at the chips' peak times the utilisation they achieve",
                        "a whole run at one MFU (no restarts, evaluation or idle time); use the dense peak of the precision in use",
                        KAPLAN_2020, CHOWDHERY_2022)
                .where("N = the model's active_params (else params), D = its tokens, P = peak FLOP/s per chip, n = chips "
                        + "(a count or GPUs), u = MFU (a fraction such as 40 % or a range)")
                .input("N", "N", Library::activeParams).input("D", "D", Library::tokens)
                .input("P", "P", a -> a.quantity(1, FLOP_PER_S, "h100.bf16.dense"))
                .input("n", "n", a -> a.count(2))
                .input("u", "u", a -> a.quantity(3, Dimension.NONE, "40 %"))
                .body("6 * N * D / (n * P * u)", "\\frac{6\\,N\\,D}{n\\,P\\,u}").build());

        String mfu = "Model FLOP utilisation: the training FLOP per second a run achieves (6N per token) over the peak";
        String mfuAssumes = "6N per token as for training (no attention term, no recomputation counted); use the dense peak of the "
                + "precision in use, and tokens/s and peak for the same number of chips";
        add(m, new Formula.Builder("mfu", "tokens_per_s", "model", "peak").doc(mfu, mfuAssumes, CHOWDHERY_2022)
                .where("r = tokens per second, N = the model's active_params (else params), P = peak FLOP/s")
                .input("r", "r", a -> a.quantity(0, TOKENS_PER_S, "3e6 token/s"))
                .input("N", "N", a -> a.figure(1, "active_params", "params"))
                .input("P", "P", a -> a.quantity(2, FLOP_PER_S, "h100.bf16.dense"))
                .body("r * 6 * N / P", "\\frac{6\\,N\\,r}{P}").build());
        return m;
    }

    private static Formula.Builder kvContext(Formula.Builder b, boolean perToken) {
        return perToken ? b : b.input("T", "T", a -> a.count(2).withDimension(Dimension.TOKEN));
    }

    private static void activations(Map<String, List<Formula>> m, String name, String summary, String assumptions,
                                    String body, String form) {
        add(m, new Formula.Builder(name, "model", "seq", "batch").doc(summary, assumptions, KORTHIKANTI_2022)
                .where("s = sequence length (tokens or a count), b = micro-batch, h = hidden, a = heads; the result is in bytes")
                .input("s", "s", a -> a.count(1)).input("b", "b", a -> a.count(2))
                .input("h", "h", a -> a.countFigure(0, "hidden")).input("a", "a", a -> a.countFigure(0, "heads"))
                .body(body, form, "B").build());
    }

    private static void add(Map<String, List<Formula>> m, Formula f) {
        m.computeIfAbsent(f.name(), k -> new java.util.ArrayList<>()).add(f);
    }
}
