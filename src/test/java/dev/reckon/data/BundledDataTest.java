package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks on the data set Reckon ships: provenance everywhere, unique names, sane peaks, the article's figures. */
class BundledDataTest {
    private static final DataSet DATA = DataSetLoader.bundled();

    private static String expr(String record, String path) {
        DataRecord r = DATA.find(record).orElseThrow(() -> new AssertionError("no record " + record));
        Datum d = r.data().get(path);
        assertNotNull(d, record + "." + path + " missing");
        return d.expression();
    }

    @Test
    void bundledIsCachedAndHasEveryKind() {
        assertSame(DATA, DataSetLoader.bundled());
        Set<String> kinds = new java.util.HashSet<>();
        DATA.records().forEach(r -> kinds.add(r.kind()));
        assertEquals(Set.of("accelerator", "model", "format", "datacenter"), kinds);
    }

    @Test
    void everyRecordAndFigureHasSourceAndConfirmation() {
        for (DataRecord r : DATA.records()) {
            assertFalse(r.provenance().source() == null || r.provenance().source().isBlank(), r.id());
            assertNotNull(r.provenance().confirmed(), r.id());
            assertFalse(r.name() == null || r.name().isBlank(), r.id());
            assertFalse(r.data().isEmpty(), r.id() + " has no figures");
            for (Datum d : r.data().values()) {
                String where = r.id() + "." + d.path();
                assertFalse(d.provenance().source() == null || d.provenance().source().isBlank(), where);
                assertNotNull(d.provenance().confirmed(), where);
                assertNotNull(d.span(), where);
                assertTrue(d.span().file().startsWith("reckon:data/"), where);
                assertNotNull(d.sourceLine(), where);
                assertTrue(d.sourceLine().contains(d.path().endsWith(".headline") ? "headline" : d.expression()), where);
            }
        }
    }

    @Test
    void idsAndAliasesAreUniqueAndWellFormed() {
        Map<String, String> seen = new HashMap<>();
        for (DataRecord r : DATA.records()) {
            for (String n : concat(r)) {
                assertTrue(n.matches("[a-z][a-z0-9_]*"), n);
                String before = seen.put(n, r.id());
                if (before != null) {
                    fail("'" + n + "' names both " + before + " and " + r.id());
                }
            }
        }
    }

    private static java.util.List<String> concat(DataRecord r) {
        java.util.List<String> all = new java.util.ArrayList<>(r.aliases());
        all.add(0, r.id());
        return all;
    }

    @Test
    void denseNeverExceedsSparseAndNvidiaDenseIsHalf() {
        int checked = 0;
        int halved = 0;
        for (DataRecord r : DATA.records()) {
            if (!r.kind().equals("accelerator")) {
                continue;
            }
            for (String path : r.data().keySet()) {
                if (!path.endsWith(".dense") || !r.data().containsKey(group(path) + ".sparse")) {
                    continue;
                }
                Figures.Figure dense = Figures.parse(r.data().get(path).expression()).orElseThrow();
                Figures.Figure sparse = Figures.parse(r.data().get(group(path) + ".sparse").expression()).orElseThrow();
                assertEquals(sparse.unit(), dense.unit(), r.id() + "." + path);
                assertTrue(dense.number() <= sparse.number(), r.id() + "." + path);
                // NVIDIA prints only the sparse headline for most Tensor Core rows; the dense figure
                // derived from it must be exactly half. Rows where NVIDIA prints both (L40S, the
                // Blackwell Ultra FP4 row) are stored as printed and not derived.
                boolean derived = r.data().get(path).provenance().confirmed() == Confirmation.DERIVED;
                if (r.info().getOrDefault("vendor", "").equals("NVIDIA") && derived) {
                    assertEquals(sparse.number() / 2, dense.number(), 1e-9, r.id() + "." + path);
                    halved++;
                }
                checked++;
            }
        }
        assertTrue(checked >= 85, "checked only " + checked);
        assertTrue(halved >= 60, "halved only " + halved);
    }

    private static String group(String path) {
        return path.substring(0, path.lastIndexOf('.'));
    }

    @Test
    void throughputGroupsHaveAHeadline() {
        for (DataRecord r : DATA.records()) {
            for (String path : r.data().keySet()) {
                if (path.endsWith(".dense")) {
                    assertTrue(r.data().containsKey(group(path) + ".headline"), r.id() + "." + group(path));
                }
            }
        }
    }

    @Test
    void h200FiguresOfTheExampleArticle() {
        DataRecord h200 = DATA.find("h200").orElseThrow();
        assertEquals("h200_sxm", h200.id());
        assertEquals("141 GB", expr("h200", "memory"));
        assertEquals("4.8 TB/s", expr("h200", "bandwidth"));
        assertEquals("67 TFLOP/s", expr("h200", "fp32"));
        assertEquals("989.5 TFLOP/s", expr("h200", "bf16.dense"));
        assertEquals("1979 TFLOP/s", expr("h200", "fp8.dense"));
        assertEquals("3958 TFLOP/s", expr("h200", "fp8.sparse"));
        assertEquals("989 TFLOP/s", expr("h200", "tf32.sparse"));
        assertEquals("3958 TFLOP/s", expr("h200", "fp8.headline"));
        assertEquals(Confirmation.DERIVED, h200.data().get("bf16.dense").provenance().confirmed());
        assertEquals("https://nvdam.widen.net/s/nb5zzzsjdf/hpc-datasheet-sc23-h200-datasheet-3002446",
                h200.data().get("memory").provenance().source());
        Datum headline = h200.data().get("bf16.headline");
        assertEquals("1979 TFLOP/s", headline.expression());
        assertEquals("vendor headline: 2:4 sparse", headline.provenance().note());
        assertEquals(java.util.List.of("dense", "sparse", "headline"), h200.childrenOf("bf16"));
    }

    @Test
    void modelAndFormatFiguresOfTheExampleArticle() {
        assertEquals("175e9 param", expr("gpt3", "params"));
        assertEquals("3.14e23 FLOP", expr("gpt3", "train_flops"));
        assertEquals("405e9 param", expr("llama3_405b", "params"));
        assertEquals("4 B/param", expr("fp32", "bytes"));
        assertEquals("16 B/param", expr("adam_mixed", "bytes"));
        assertTrue(DATA.find("gpt4").orElseThrow().data().get("train_flops").provenance().estimate());
        assertEquals("459 TFLOP/s", expr("tpu_v5p", "bf16.headline"));
        assertEquals("vendor headline: dense", DATA.find("tpu_v5p").orElseThrow().data().get("bf16.headline").provenance().note());
    }
}
