package dev.reckon.calc;

import dev.reckon.data.Confirmation;
import dev.reckon.data.DataRecord;
import dev.reckon.data.DataSet;
import dev.reckon.data.Datum;
import dev.reckon.data.Provenance;
import dev.reckon.diag.SourceSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny data set shaped like the real one; figures sit on fake YAML lines so error positions can be checked. */
final class TestData {
    private static final Provenance SOURCE = new Provenance("https://example.com/datasheet", Confirmation.PRIMARY, false, null);

    private TestData() {
    }

    /**
     * Text as a terminal shows it: the no-break spaces that keep a figure on one line read as spaces.
     * {@code ValueFormattingTest} checks where they are; other tests compare what the figure says.
     */
    static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    static DataSet dataSet() {
        return new DataSet(List.of(
                record("h200_sxm", "accelerator", "H200 SXM", List.of("h200"), "data/h200.yaml",
                        "memory", "141 GB",
                        "bandwidth", "4.8 TB/s",
                        "bf16.dense", "989.5 TFLOP/s",
                        "bf16.sparse", "1979 TFLOP/s",
                        "bf16.headline", "1979 TFLOP/s",
                        "int8.dense", "1979 TOPS",
                        "tdp", "700 W"),
                record("h100_sxm", "accelerator", "H100 SXM", List.of("h100"), "data/h100.yaml",
                        "memory", "80 GB",
                        "bandwidth", "3.35 TB/s",
                        "bf16.dense", "989.5 TFLOP/s",
                        "bf16.sparse", "1979 TFLOP/s",
                        "tdp", "700 W"),
                record("gpt3", "model", "GPT-3", List.of(), "data/gpt3.yaml",
                        "params", "175e9 param",
                        "train_flops", "3.14e23 FLOP",
                        "train_tokens", "300e9 token"),
                record("llama31_405b", "model", "Llama 3.1 405B", List.of("llama405"), "data/llama.yaml",
                        "params", "405e9 param"),
                record("fp32", "format", "FP32", List.of(), "data/formats.yaml",
                        "bytes", "4 B/param"),
                record("bf16", "format", "BF16", List.of(), "data/formats.yaml",
                        "bytes", "2 B/param"),
                record("broken", "model", "Broken", List.of(), "data/broken.yaml",
                        "params", "12 parm")));
    }

    /** {@code pairs} alternates path and expression; each figure is written on its own line of the fake file. */
    static DataRecord record(String id, String kind, String name, List<String> aliases, String file, String... pairs) {
        Map<String, Datum> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String path = pairs[i];
            String key = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            String indent = "  ".repeat(path.split("\\.").length);
            String line = indent + key + ": " + pairs[i + 1];
            int column = line.indexOf(": ") + 3;
            SourceSpan span = new SourceSpan(file, 10 + i / 2, column, pairs[i + 1].length());
            data.put(path, new Datum(path, pairs[i + 1], SOURCE, span, line));
        }
        return new DataRecord(id, kind, name, aliases, SOURCE, data, Map.of("vendor", "NVIDIA"), SourceSpan.of(file, 1, 1));
    }

    static Calculator calculator() {
        return new Calculator(dataSet());
    }

    /** The test data set with more records. */
    static Calculator calculator(DataRecord... extra) {
        List<DataRecord> records = new java.util.ArrayList<>(dataSet().records());
        records.addAll(List.of(extra));
        return new Calculator(new DataSet(records));
    }

    /** Llama 3.1 70B's architecture as the reference data gives it (layers, GQA heads, head size). */
    static DataRecord llama70b() {
        return record("llama31_70b", "model", "Llama 3.1 70B", List.of("llama70"), "data/llama.yaml",
                "params", "70e9 param",
                "layers", "80",
                "hidden", "8192",
                "heads", "64",
                "kv_heads", "8",
                "head_dim", "128",
                "context", "131072 token",
                "tokens", "15e12 token");
    }
}
