package dev.reckon.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures Reckon knows, per kind of record: what each one measures and what it means. This
 * table is the one place both the checks and the documentation read: the loader rejects near-miss
 * names and unknown members of closed groups ({@link FieldNames}), the engine checks every known
 * figure's dimension against {@link Measure#unit()}, and {@code reckon data fields} prints it.
 * Figures with other names are allowed (a site may keep its own) and are only evaluated.
 */
public final class KnownFields {
    private KnownFields() {
    }

    /** A kind of quantity, named as an author would, with a reference unit in the engine's syntax. */
    public enum Measure {
        INFORMATION("information", "B", "80 GB"),
        BANDWIDTH("information/time", "B/s", "3.35 TB/s"),
        FLOP_RATE("FLOP/time", "FLOP/s", "989.5 TFLOP/s"),
        OP_RATE("OP/time", "OP/s", "1979 TOP/s"),
        POWER("power", "W", "700 W"),
        PARAMS("param count", "param", "405e9 param"),
        TOKENS("token count", "token", "15.6e12 token"),
        COMPUTE("FLOP count", "FLOP", "3.8e25 FLOP"),
        BYTES_PER_PARAM("information/param", "B/param", "2 B/param"),
        MONEY("currency", "USD", "25000 USD"),
        PRICE_PER_GPU_TIME("currency/(GPU·time)", "USD/(GPU*h)", "3.93 USD/(GPU*h)"),
        GPUS("GPU count", "GPU", "16384 GPU"),
        GPU_TIME("GPU·time", "GPU*h", "30.84e6 GPU*h"),
        TIME("time", "s", "54 day"),
        RATIO("dimensionless", "1", "38..43 %"),
        COUNT("plain number", "1", "72");

        private final String label;
        private final String unit;
        private final String example;

        Measure(String label, String unit, String example) {
            this.label = label;
            this.unit = unit;
            this.example = example;
        }

        /** How messages name the dimension, e.g. "information/time". */
        public String label() {
            return label;
        }

        /** A unit of this dimension in engine syntax ({@code 1} for a dimensionless number). */
        public String unit() {
            return unit;
        }

        /** A figure as a data file would write it. */
        public String example() {
            return example;
        }

        /** A plain number must be a whole number written without a unit (not even {@code %}). */
        public boolean wholeNumber() {
            return this == COUNT;
        }
    }

    /**
     * One known figure.
     *
     * @param path     dotted path; a {@code *} segment stands for any name (a cloud provider)
     * @param measures what it may measure; the first is the one to use (others are kept for old data)
     * @param sparsity true for tensor throughput, which may be a group {@code {dense, sparse, headline}}
     */
    public record Field(String kind, String path, List<Measure> measures, boolean sparsity, String meaning) {
        public Measure measure() {
            return measures.getFirst();
        }

        /** The path as documented, e.g. {@code bf16[.dense|.sparse|.headline]}. */
        public String pattern() {
            return sparsity ? path + "[." + String.join("|.", SPARSITY_MEMBERS) + "]" : path;
        }
    }

    static final List<String> SPARSITY_MEMBERS = List.of("dense", "sparse", DataSchema.HEADLINE);

    private static final Map<String, List<Field>> BY_KIND = build();

    /** Every known figure of {@code kind}, in documentation order; empty for a kind Reckon does not know. */
    public static List<Field> of(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    /** The kinds with known figures, in documentation order. */
    public static List<String> kinds() {
        return List.copyOf(BY_KIND.keySet());
    }

    /** The known field a figure's path is, e.g. {@code bf16.dense} → {@code bf16}; empty for a figure of the site's own. */
    public static Optional<Field> find(String kind, String path) {
        for (Field f : of(kind)) {
            if (matches(f, path)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static boolean matches(Field f, String path) {
        if (f.sparsity() && path.startsWith(f.path() + ".")) {
            return SPARSITY_MEMBERS.contains(path.substring(f.path().length() + 1));
        }
        String[] want = f.path().split("\\.");
        String[] got = path.split("\\.");
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals("*") && !want[i].equals(got[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Field>> build() {
        Map<String, List<Field>> m = new LinkedHashMap<>();
        Table a = new Table(m, "accelerator");
        a.add("memory", Measure.INFORMATION, "capacity as the vendor quotes it, in the vendor's unit (80 GB; TPU 32 GiB)");
        a.add("memory_physical", Measure.INFORMATION, "physical (binary) capacity where known, e.g. 80 GiB for the H100's 80 GB");
        a.add("bandwidth", Measure.BANDWIDTH, "memory bandwidth (TB/s = 1e12 B/s)");
        a.tensor("fp64", Measure.FLOP_RATE, "FP64 peak, vector units");
        a.tensor("fp64_tensor", Measure.FLOP_RATE, "FP64 peak, tensor/matrix units");
        a.tensor("fp32", Measure.FLOP_RATE, "FP32 peak, vector units (not TF32)");
        for (String p : List.of("tf32", "bf16", "fp16", "fp8", "fp6", "fp4")) {
            a.tensor(p, Measure.FLOP_RATE, p.toUpperCase(java.util.Locale.ROOT) + " tensor peak");
        }
        for (String p : List.of("int8", "int4")) {
            a.tensor(p, Measure.OP_RATE, p.toUpperCase(java.util.Locale.ROOT) + " tensor peak (integer OP/s, not FLOP/s)");
        }
        a.add("tdp", Measure.POWER, "thermal design power (maximum board power)");
        a.add("pcie", Measure.BANDWIDTH, "host link bandwidth; the note says one way or both");
        a.add("interconnect", Measure.BANDWIDTH, "old name of scale_up.bidir, kept for this round");
        a.add("scale_up.domain", Measure.COUNT, "chips in one scale-up domain (8 per HGX node, 72 in NVL72)");
        a.add("scale_up.bidir", Measure.BANDWIDTH, "scale-up bandwidth per chip, both directions summed (NVLink, Infinity Fabric, ICI)");
        a.add("scale_up.unidir", Measure.BANDWIDTH, "scale-up bandwidth per chip, one direction");
        a.add("scale_out.bidir", Measure.BANDWIDTH, "scale-out (NIC) bandwidth per chip, both directions summed");
        a.add("scale_out.unidir", Measure.BANDWIDTH, "scale-out (NIC) bandwidth per chip, one direction (400 Gb/s = 50 GB/s)");
        a.add("price_launch", Measure.MONEY, "list price at launch; estimate: true when reported by the press");
        a.add("cloud_price.*", Measure.PRICE_PER_GPU_TIME, "on-demand price per GPU-hour at a provider, with as_of");

        Table mo = new Table(m, "model");
        mo.add("params", Measure.PARAMS, "total parameters");
        mo.add("active_params", Measure.PARAMS, "parameters active per token (mixture of experts)");
        mo.add("layers", Measure.COUNT, "transformer layers");
        mo.add("hidden", Measure.COUNT, "model (embedding) width");
        mo.add("ffn_hidden", Measure.COUNT, "feed-forward width (per expert in a mixture of experts)");
        mo.add("dense_ffn_hidden", Measure.COUNT, "feed-forward width of a mixture of experts' dense layers");
        mo.add("heads", Measure.COUNT, "attention (query) heads");
        mo.add("kv_heads", Measure.COUNT, "key/value heads (= heads for MHA, fewer for GQA, 1 for MQA)");
        mo.add("head_dim", Measure.COUNT, "width of one attention head");
        mo.add("vocab", Measure.COUNT, "vocabulary size");
        mo.add("context", Measure.TOKENS, "context length");
        mo.add("window", Measure.TOKENS, "sliding-window attention span");
        mo.add("tokens", Measure.TOKENS, "training tokens");
        mo.add("train_flops", Measure.COMPUTE, "training compute");
        mo.field("gpu_hours", List.of(Measure.GPU_TIME, Measure.TIME), false,
                "training GPU-hours (old field; prefer train.gpu_hours)");
        mo.add("experts", Measure.COUNT, "routed experts per MoE layer");
        mo.add("experts_per_token", Measure.COUNT, "routed experts chosen per token");
        mo.add("shared_experts", Measure.COUNT, "experts every token uses");
        mo.add("dense_layers", Measure.COUNT, "leading layers that are dense, not MoE");
        for (String c : List.of("kv_lora_rank", "q_lora_rank", "qk_rope_head_dim", "qk_nope_head_dim", "v_head_dim")) {
            mo.add(c, Measure.COUNT, "multi-head latent attention (MLA): " + c.replace('_', ' '));
        }
        mo.add("train.chips", Measure.GPUS, "accelerators in the training run (info.train_hardware names them)");
        mo.add("train.gpu_hours", Measure.GPU_TIME, "accelerator-hours of the training run");
        mo.add("train.duration", Measure.TIME, "wall-clock length of the training run");
        mo.add("train.mfu", Measure.RATIO, "model FLOP utilisation, often a range (38..43 %)");

        new Table(m, "format").add("bytes", Measure.BYTES_PER_PARAM, "storage per value, written per parameter");
        new Table(m, "datacenter").add("pue", Measure.RATIO, "power usage effectiveness (facility ÷ IT energy), with as_of");
        Map<String, List<Field>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return frozen;
    }

    /** Builds one kind's list. */
    private record Table(Map<String, List<Field>> into, String kind) {
        Table {
            into.put(kind, new ArrayList<>());
        }

        void add(String path, Measure measure, String meaning) {
            field(path, List.of(measure), false, meaning);
        }

        void tensor(String path, Measure measure, String meaning) {
            field(path, List.of(measure), true, meaning + "; a plain figure is dense");
        }

        void field(String path, List<Measure> measures, boolean sparsity, String meaning) {
            into.get(kind).add(new Field(kind, path, measures, sparsity, meaning));
        }
    }
}
