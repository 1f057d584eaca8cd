package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The accelerator records' own rules: coverage, the GB/GiB convention, interconnect groups that
 * agree with themselves, and ridge points that match the independently checked research note.
 */
class AcceleratorDataTest {
    private static final DataSet DATA = DataSetLoader.bundled();

    private static List<DataRecord> accelerators() {
        return DATA.records().stream().filter(r -> r.kind().equals("accelerator")).toList();
    }

    private static Figures.Figure figure(String record, String path) {
        DataRecord r = DATA.find(record).orElseThrow(() -> new AssertionError("no record " + record));
        Datum d = r.data().get(path);
        assertNotNull(d, record + "." + path + " missing");
        return Figures.parse(d.expression()).orElseThrow();
    }

    private static String expr(String record, String path) {
        return DATA.find(record).orElseThrow().data().get(path).expression();
    }

    @Test
    void coversWhatEfficiencyArticlesCompare() {
        assertTrue(accelerators().size() >= 30, "only " + accelerators().size() + " accelerators");
        for (String name : List.of("v100", "v100_sxm2_32gb", "a100", "a100_sxm_40gb", "a100_pcie_80gb", "l4", "l40s",
                "h20_96gb", "h100", "h100_pcie", "h100_nvl", "h800", "h200", "h200_nvl", "b200", "gb200", "b300", "gb300",
                "mi250x", "mi300x", "mi325x", "mi355x", "gaudi2", "gaudi3", "tpu_v4", "tpu_v5e", "tpu_v5p", "tpu_v6e",
                "ironwood", "trn1", "trn2", "inf2")) {
            assertTrue(DATA.find(name).isPresent(), name);
        }
        for (DataRecord r : accelerators()) {
            assertTrue(r.data().containsKey("memory"), r.id() + " has no memory");
            assertTrue(r.data().containsKey("bandwidth"), r.id() + " has no bandwidth");
            assertTrue(r.info().containsKey("vendor"), r.id() + " has no vendor");
        }
    }

    /** Memory is the vendor's quoted capacity in GB or GiB; the physical one is never smaller. */
    @Test
    void memoryIsTheQuotedCapacityAndThePhysicalOneIsBinary() {
        for (DataRecord r : accelerators()) {
            Figures.Figure quoted = figure(r.id(), "memory");
            assertTrue(List.of("GB", "GiB").contains(quoted.unit()), r.id() + ": " + quoted.unit());
            if (r.data().containsKey("memory_physical")) {
                Figures.Figure physical = figure(r.id(), "memory_physical");
                assertEquals("GiB", physical.unit(), r.id());
                assertTrue(physical.scaled() >= quoted.scaled(), r.id());
            }
        }
        assertEquals("192 GB", expr("mi300x", "memory"));
        assertEquals("192 GiB", expr("mi300x", "memory_physical"));
        assertEquals("80 GB", expr("h100", "memory"));
        assertEquals("80 GiB", expr("h100", "memory_physical"));
        assertEquals("32 GiB", expr("tpu_v4", "memory"));
        assertEquals("96 GiB", expr("trn2", "memory"));
    }

    /** Per chip, both directions are twice one direction; a domain is a whole number of chips. */
    @Test
    void interconnectGroupsAgreeWithThemselves() {
        int pairs = 0;
        for (DataRecord r : accelerators()) {
            for (String group : List.of("scale_up", "scale_out")) {
                Map<String, Datum> d = r.data();
                if (d.containsKey(group + ".bidir") && d.containsKey(group + ".unidir")) {
                    Figures.Figure bidir = figure(r.id(), group + ".bidir");
                    Figures.Figure unidir = figure(r.id(), group + ".unidir");
                    assertEquals("B/s", bidir.baseUnit(), r.id() + "." + group);
                    assertEquals(2 * unidir.scaled(), bidir.scaled(), bidir.scaled() * 1e-12, r.id() + "." + group);
                    pairs++;
                }
            }
            if (r.data().containsKey("scale_up.domain")) {
                Figures.Figure domain = figure(r.id(), "scale_up.domain");
                assertEquals("", domain.unit(), r.id());
                assertTrue(domain.number() >= 2 && domain.number() == Math.rint(domain.number()), r.id());
            }
        }
        assertTrue(pairs >= 25, "only " + pairs + " bidir/unidir pairs");
        assertEquals(72.0, figure("gb300", "scale_up.domain").number());
        assertEquals("400 GB/s", expr("h800", "scale_up.bidir"));
        assertEquals("50 GB/s", expr("h800", "scale_out.unidir"));
    }

    /** Ridge point = dense peak ÷ memory bandwidth, as tabulated in the research note (FLOP/B). */
    @Test
    void ridgePointsMatchTheResearchNote() {
        Map<String, Double> expected = Map.of("a100", 153.0, "h100", 295.0, "h200", 206.0, "b200", 292.0,
                "mi300x", 247.0, "tpu_v5e", 240.0, "tpu_v6e", 560.0, "l4", 403.0, "mi355x", 312.5, "tpu_v7", 313.0);
        expected.forEach((name, ridge) -> {
            double flops = figure(name, "bf16.dense").scaled();
            double bytes = figure(name, "bandwidth").scaled();
            assertEquals(ridge, flops / bytes, ridge * 0.01, name);
        });
    }

    /** Prices change: every one says when it was observed, and cloud prices are per device-hour. */
    @Test
    void pricesAreDatedAndPerDeviceHour() {
        int prices = 0;
        for (DataRecord r : accelerators()) {
            for (Datum d : r.data().values()) {
                boolean cloud = d.path().startsWith("cloud_price.");
                if (cloud || d.path().equals("price_launch")) {
                    assertNotNull(d.provenance().asOf(), r.id() + "." + d.path() + " has no as_of");
                    List<String> units = cloud ? List.of(" USD/(GPU*h)", " USD/(chip*h)") : List.of(" USD");
                    assertTrue(units.stream().anyMatch(d.expression()::endsWith), r.id() + "." + d.path() + ": " + d.expression());
                    prices++;
                }
            }
        }
        assertTrue(prices >= 3, "only " + prices + " prices");
        assertEquals("30000..40000 USD", expr("b200", "price_launch"));
        assertTrue(DATA.find("b200").orElseThrow().data().get("price_launch").provenance().estimate());
    }

    /** Where NVIDIA prints both numbers, they are kept as printed rather than derived by halving. */
    @Test
    void vendorPrintedDenseFiguresAreKept() {
        assertEquals("362.05 TFLOP/s", expr("l40s", "bf16.dense"));
        assertEquals("733 TFLOP/s", expr("l40s", "bf16.sparse"));
        assertEquals("15 PFLOP/s", expr("gb300", "fp4.dense"));
        assertEquals("20 PFLOP/s", expr("gb300", "fp4.headline"));
        assertEquals(Confirmation.SECONDARY, DATA.find("gb300").orElseThrow().data().get("fp4.dense").provenance().confirmed());
        assertEquals("2.5 PFLOP/s", expr("mi355x", "bf16.dense"));
        assertEquals("10.1 PFLOP/s", expr("mi355x", "fp8.sparse"));
    }
}
