package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * reckon data import on small CSVs cut from Epoch AI's downloads (real column names and values):
 * units, provenance, merging by id, and errors at the CSV's line and column.
 */
class EpochImportTest {
    private static final Path FIXTURES = Path.of("src/test/resources/epoch");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** A fixed data set shaped like the bundled one, so these tests do not move when it grows. */
    private static final DataSet BASE = base();

    private static DataSet base() {
        try {
            return DataSetLoader.withSiteTexts(DataSet.empty(), Map.of(
                    "base.yaml", Files.readString(FIXTURES.resolve("base.yaml")),
                    "base-models.yaml", Files.readString(FIXTURES.resolve("base-models.yaml"))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static EpochImport.Options options(EpochImport.Kind kind) {
        return new EpochImport.Options(kind, DAY, Map.of(), List.of(), false);
    }

    private static EpochImport.Result convert(String file, EpochImport.Options o) throws IOException {
        return EpochImport.convert(file, Files.readString(FIXTURES.resolve(file)), BASE, o);
    }

    /** The written file loaded on top of the bundled data, as a site would. */
    private static DataSet load(EpochImport.Result r) {
        return DataSetLoader.withSiteTexts(BASE, Map.of("content/data/epoch.yaml", r.yaml()));
    }

    private static String expr(DataSet d, String id, String path) {
        return d.find(id).orElseThrow(() -> new AssertionError("no " + id)).data().get(path).expression();
    }

    private static List<Diagnostic> errors(String csv, EpochImport.Options o) {
        return assertThrows(ReckonException.class, () -> EpochImport.convert("x.csv", csv, BASE, o)).diagnostics();
    }

    @Test
    void hardwareUnitsAreConvertedAndBitPerSecondDividedByEight() throws IOException {
        EpochImport.Result r = convert("ml_hardware.csv", options(EpochImport.Kind.HARDWARE));
        DataSet d = load(r);
        assertEquals("98 GB/s", expr(d, "huawei_ascend_910c", "scale_out.unidir"), "784e9 bit/s ÷ 8");
        assertTrue(d.find("huawei_ascend_910c").orElseThrow().data().get("scale_out.unidir").provenance().note()
                .startsWith("Epoch AI 'Internode bandwidth (bit/s)': 784000000000.0; Epoch gives bit/s, divided by 8"));
        assertEquals("128 GB", expr(d, "huawei_ascend_910c", "memory"));
        assertEquals("3.2 TB/s", expr(d, "huawei_ascend_910c", "bandwidth"));
        assertEquals("800 TFLOP/s", expr(d, "huawei_ascend_910c", "bf16.dense"));
        assertEquals("1.8 TB/s", expr(d, "nvidia_b300", "scale_up.bidir"));
        assertEquals("14 PFLOP/s", expr(d, "nvidia_b300", "fp4.dense"), "1.4e+16");
        assertEquals("157.5 TOP/s", expr(d, "nvidia_b300", "int8.dense"));
        assertEquals("270 GB", expr(d, "nvidia_b300", "memory"));
        assertEquals("NVIDIA B300 (Blackwell Ultra)", d.find("nvidia_b300").orElseThrow().name());
        assertEquals("2025-08-22", d.find("nvidia_b300").orElseThrow().info().get("launched"));
    }

    @Test
    void everyRecordNamesTheDataSetItsLicenceTheRowAndTheRetrievalDay() throws IOException {
        DataSet d = load(convert("ml_hardware.csv", options(EpochImport.Kind.HARDWARE)));
        Provenance p = d.find("nvidia_b300").orElseThrow().provenance();
        assertEquals("Epoch AI, \"Data on Machine Learning Hardware\" (row \"NVIDIA B300 (Blackwell Ultra)\"),"
                + " https://epoch.ai/data/machine-learning-hardware, CC BY 4.0, retrieved 2026-12-01", p.source());
        assertEquals(Confirmation.SECONDARY, p.confirmed());
        assertTrue(d.find("nvidia_b300").orElseThrow().provenance().note().startsWith("Epoch AI cites https://developer.nvidia.com/"));
    }

    @Test
    void rowsMergeByIdAndOnlyFillGaps() throws IOException {
        EpochImport.Result r = convert("ml_hardware.csv", options(EpochImport.Kind.HARDWARE));
        DataSet d = load(r);
        DataRecord v6e = d.find("tpu_v6e").orElseThrow();
        DataRecord bundledV6e = BASE.find("tpu_v6e").orElseThrow();
        assertEquals(bundledV6e.provenance(), v6e.provenance(), "the record keeps its own source");
        assertEquals(bundledV6e.data().get("memory"), v6e.data().get("memory"), "a figure it has is kept");
        assertEquals("448 GB/s", v6e.data().get("scale_up.bidir").expression(), "a figure it lacked is added");
        assertTrue(v6e.data().get("scale_up.bidir").provenance().source().contains("(row \"Google TPU v6e Trillium\")"));
        // "NVIDIA H100 SXM5 80GB" is the H100 SXM: vendor word, SXM generation and memory size read as the same record
        assertEquals(BASE.find("h100_sxm").orElseThrow().data().get("bandwidth"), d.find("h100_sxm").orElseThrow().data().get("bandwidth"));
        assertTrue(d.find("nvidia_h100_sxm5_80gb").isEmpty() && d.find("nvidia_h100_sxm").isEmpty());
        assertTrue(r.report().contains("  tpu_v6e  <- Google TPU v6e Trillium: 3 figures added, 4 already in the data set"), r.report().toString());
        assertTrue(r.report().contains("  differs: mi300x.memory is 192 GiB (base.yaml:38:15), Epoch AI has 192 GB;"
                + " kept (--replace takes Epoch's)"), r.report().toString());
        assertTrue(r.report().getLast().startsWith("columns not imported: Type, Notes, FP16 (half precision) performance (FLOP/s)"));
    }

    @Test
    void replaceTakesEpochsFigures() throws IOException {
        EpochImport.Result r = convert("ml_hardware.csv",
                new EpochImport.Options(EpochImport.Kind.HARDWARE, DAY, Map.of(), List.of("Google TPU v4"), true));
        DataRecord v4 = load(r).find("tpu_v4").orElseThrow();
        assertEquals("32 GB", v4.data().get("memory").expression(), "Epoch's decimal figure replaces the vendor's GiB");
        assertTrue(v4.data().get("memory").provenance().source().startsWith("Epoch AI"));
        assertEquals(1, r.yaml().lines().filter(l -> l.matches("  [a-z0-9_]+:")).count(), "--only");
    }

    @Test
    void aPlainFigureStandsForItsDenseOne() {
        DataSet lab = DataSetLoader.withSiteTexts(BASE, Map.of("content/data/lab.yaml", """
                kind: accelerator
                records:
                  lab_tpu:
                    name: Lab TPU
                    source: https://example.com/lab
                    confirmed: P
                    data:
                      memory: 16 GiB
                      bf16: 900 TFLOP/s
                """));
        String csv = "Hardware name,Memory (bytes),Tensor-FP16/BF16 performance (FLOP/s)\nLab TPU,16000000000.0,918000000000000.0\n";
        EpochImport.Result kept = EpochImport.convert("x.csv", csv, lab, options(EpochImport.Kind.HARDWARE));
        assertEquals(List.of("read 1 rows of x.csv (Epoch AI, Data on Machine Learning Hardware)",
                "  differs: lab_tpu.memory is 16 GiB (content/data/lab.yaml:8:15), Epoch AI has 16 GB; kept (--replace takes Epoch's)",
                "  differs: lab_tpu.bf16 is 900 TFLOP/s (content/data/lab.yaml:9:13), Epoch AI has 918 TFLOP/s; kept (--replace takes Epoch's)",
                "  lab_tpu  <- Lab TPU: 0 figures added, 2 already in the data set",
                "nothing to add: each row is in the data set already or has no figure Reckon imports"), kept.report());
        EpochImport.Result replaced = EpochImport.convert("x.csv", csv, lab,
                new EpochImport.Options(EpochImport.Kind.HARDWARE, DAY, Map.of(), List.of(), true));
        DataRecord r = DataSetLoader.withSiteTexts(lab, Map.of("content/data/epoch.yaml", replaced.yaml())).find("lab_tpu").orElseThrow();
        assertEquals("918 TFLOP/s", r.data().get("bf16").expression());
        assertNull(r.data().get("bf16.dense"));
        assertEquals("16 GB", r.data().get("memory").expression());
    }

    @Test
    void theOldColumnNamesStillRead() throws IOException {
        DataSet d = load(convert("ml_hardware_2025.csv", options(EpochImport.Kind.HARDWARE)));
        assertEquals("128 GB", expr(d, "huawei_ascend_910c", "memory"), "'Memory size per board (Byte)'");
    }

    @Test
    void modelsGetRunsRangesAndTheirHardwareById() throws IOException {
        EpochImport.Result r = convert("notable_ai_models.csv", options(EpochImport.Kind.MODELS));
        DataSet d = load(r);
        assertEquals("38..43 %", expr(d, "llama31_405b", "train.mfu"), "0.38-0.43");
        assertEquals("16384 GPU", expr(d, "llama31_405b", "train.chips"));
        assertEquals("1728 h", expr(d, "llama31_405b", "train.duration"));
        assertEquals("h100_sxm", d.find("llama31_405b").orElseThrow().info().get("train_hardware"));
        assertEquals("21.96 %", expr(d, "gpt3", "train.mfu"));
        assertEquals(BASE.find("gpt3").orElseThrow().data().get("train_flops"), d.find("gpt3").orElseThrow().data().get("train_flops"));
        Datum palm = d.find("palm_2").orElseThrow().data().get("train_flops");
        assertEquals("7.34e24 FLOP", palm.expression());
        assertTrue(palm.provenance().estimate());
        assertEquals("2026-12-01", palm.provenance().asOf().text(), "an estimate is dated by the day it was read");
        assertTrue(palm.provenance().note().endsWith("Epoch AI's confidence: Likely"), palm.provenance().note());
        assertEquals("340e9 param", expr(d, "palm_2", "params"));
        assertEquals("tpu_v4", d.find("palm_2").orElseThrow().info().get("train_hardware"));
        assertTrue(r.report().contains("skipped 1 rows without a name"));
        assertFalse(r.yaml().contains("Training dataset size"), "datapoints are not training tokens");
    }

    @Test
    void aBadCellIsAnErrorAtItsLineAndColumn() {
        String csv = "Hardware name,Manufacturer,TDP (W),Memory bandwidth (byte/s)\n"
                + "Chip A,\"Acme, Inc.\",700.0,4800000000000.0\n"
                + "Chip B,\"Acme\nLabs\",700 W,-1\n";
        List<Diagnostic> ds = errors(csv, options(EpochImport.Kind.HARDWARE));
        assertEquals(2, ds.size());
        assertEquals("'TDP (W)' is not a number: '700 W'", ds.get(0).message());
        assertEquals("x.csv:4:7", ds.get(0).span().location(), "after the quoted line break");
        assertEquals("Labs\",700 W,-1", ds.get(0).sourceLine());
        assertEquals("'Memory bandwidth (byte/s)' is a negative number: '-1'", ds.get(1).message());
        assertEquals("x.csv:4:13", ds.get(1).span().location());
        // a fuzzing find: 1e1000000 took seconds to write out before its size was checked
        List<Diagnostic> huge = errors("Hardware name,TDP (W)\nA,1e1000000\n", options(EpochImport.Kind.HARDWARE));
        assertEquals("'TDP (W)' is out of range: '1e1000000'", huge.get(0).message());
        List<Diagnostic> mfu = errors("Model,Hardware utilization (MFU)\nM,1.5\n", options(EpochImport.Kind.MODELS));
        assertEquals("'Hardware utilization (MFU)' is a utilisation above 1 without '%': '1.5'", mfu.get(0).message());
        assertEquals("x.csv:2:3", mfu.get(0).span().location());
    }

    @Test
    void theWrongDataSetOrABrokenFileIsOnePositionedError() {
        List<Diagnostic> ds = errors("Model,Parameters\nGPT-3,175000000000.0\n", options(EpochImport.Kind.HARDWARE));
        assertEquals("no 'Hardware name' column: not Epoch AI's \"Data on Machine Learning Hardware\"", ds.get(0).message());
        assertEquals("this looks like Epoch AI's \"Data on Notable AI Models\": use --kind models", ds.get(0).hint());
        assertEquals("x.csv:1:1", ds.get(0).span().location());
        ds = errors("Hardware name,TDP (W)\n\"Chip A,700.0\n", options(EpochImport.Kind.HARDWARE));
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().startsWith("malformed CSV: "), ds.get(0).message());
        ds = errors("Hardware name,TDP (W),TDP (W)\nA,1,2\n", options(EpochImport.Kind.HARDWARE));
        assertTrue(ds.get(0).message().startsWith("cannot read the CSV header: "), ds.get(0).message());
        ds = errors("Hardware name,TDP (W)\nA,1\n",
                new EpochImport.Options(EpochImport.Kind.HARDWARE, DAY, Map.of(), List.of("Chip Z"), false));
        assertEquals("no row named 'Chip Z' in x.csv", ds.get(0).message());
    }

    @Test
    void idsAreMadeFromNamesAndAnyCellTextStaysData() {
        String csv = "Hardware name,Manufacturer,TDP (W)\n"
                + "\"Acme \"\"X\"\": 1\",\"a: b # c\",100\n"
                + "\"Acme \"\"X\"\": 1 (rev B)\",Acme,200\n"
                + "3D Chip,Acme,300\n"
                + "Chip Z,Acme,400\n";
        EpochImport.Result r = EpochImport.convert("x.csv", csv, BASE,
                new EpochImport.Options(EpochImport.Kind.HARDWARE, DAY, Map.of("Chip Z", "my_z"), List.of(), false));
        DataSet d = load(r);
        assertEquals("Acme \"X\": 1", d.find("acme_x_1").orElseThrow().name());
        assertEquals("a: b # c", d.find("acme_x_1").orElseThrow().info().get("vendor"));
        assertEquals("200 W", expr(d, "acme_x_1_2", "tdp"), "same id without the remark: numbered");
        assertEquals("300 W", expr(d, "hw_3d_chip", "tdp"));
        assertEquals("400 W", expr(d, "my_z", "tdp"), "--id chooses a new id");
    }

    @Test
    void charactersYamlCannotCarryRawAreEscaped() {
        // a fuzzing find: a C1 control character in a cell made the written file unreadable
        String name = "Chip \u0090\u0007 \uFFFF \uD800 \uD83D\uDE00";
        EpochImport.Result r = EpochImport.convert("x.csv", "Hardware name,TDP (W)\n" + name + ",700.0\n", BASE,
                options(EpochImport.Kind.HARDWARE));
        assertEquals("Chip \u0090\u0007 \uFFFF \uFFFD \uD83D\uDE00", load(r).find("chip").orElseThrow().name());
    }

    @Test
    void anIdTakenByARecordOfAnotherKindIsNumbered() {
        // a fuzzing find: a model named "INT4" was merged into the number format int4
        DataSet withFormat = DataSetLoader.withSiteTexts(BASE, Map.of("formats.yaml",
                "kind: format\nrecords:\n  int4: {name: INT4, source: s, confirmed: P, data: {bytes: 0.5 B/param}}\n"));
        EpochImport.Result r = EpochImport.convert("x.csv", "Model,Parameters\nINT4,7000000000.0\n", withFormat,
                options(EpochImport.Kind.MODELS));
        DataSet d = DataSetLoader.withSiteTexts(withFormat, Map.of("content/data/epoch.yaml", r.yaml()));
        assertEquals("7e9 param", expr(d, "int4_2", "params"));
        assertEquals("format", d.find("int4").orElseThrow().kind());
    }

    @Test
    void aCsvWithNothingToAddWritesAnEmptyFileThatLoads() {
        // a fuzzing find: with no record to write, the file had 'records:' and nothing under it
        EpochImport.Result r = EpochImport.convert("x.csv", "Hardware name,TDP (W)\nNVIDIA H200 SXM,700.0\nNo figures,\n", BASE,
                options(EpochImport.Kind.HARDWARE));
        assertEquals(BASE.records().size(), load(r).records().size());
        assertTrue(r.report().contains("nothing to add: each row is in the data set already or has no figure Reckon imports"),
                r.report().toString());
    }

    @Test
    void namesFindRecordsByIdAliasOrNameButNeverTwo() {
        RecordIds ids = new RecordIds(BASE, "accelerator");
        assertEquals("h200_sxm", ids.match("NVIDIA H200 SXM").orElseThrow());
        assertEquals("a100_sxm_80gb", ids.match("NVIDIA A100 SXM4 80 GB").orElseThrow());
        assertTrue(ids.match("NVIDIA A100 SXM4 40 GB").isEmpty(), "another memory size is another product");
        assertEquals("tpu_v6e", ids.match("Google TPU v6e Trillium").orElseThrow());
        assertTrue(ids.match("NVIDIA H100").isEmpty() || ids.match("NVIDIA H100").get().equals("h100_sxm"));
        assertEquals("llama31_405b", new RecordIds(BASE, "model").match("Llama 3.1-405B").orElseThrow());
        assertEquals("gpt3", new RecordIds(BASE, "model").match("GPT-3 175B (davinci)").orElseThrow());
    }
}
