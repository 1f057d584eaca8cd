package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own data files add records and override bundled ones leaf by leaf. */
class SiteFilesTest {
    @TempDir
    Path root;

    private Path write(String name, String yaml) throws IOException {
        Path f = root.resolve("content/data").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void overrideReplacesOnlyWhatItSetsAndAddsRecords() throws IOException {
        DataSet base = DataSetLoader.bundled();
        Path f = write("lab.yaml", """
                kind: accelerator
                records:
                  h200_sxm:
                    aliases: [our_h200]
                    source: https://example.com/our-measurements
                    confirmed: D
                    info: {rack: "B12"}
                    data:
                      tdp: 650 W
                      bf16: {sparse: {value: 1900 TFLOP/s, note: measured}}
                  lab_gpu:
                    name: Lab GPU
                    aliases: [mine]
                    source: https://example.com/lab-gpu
                    confirmed: U
                    data:
                      memory: 24 GB
                      bf16: {dense: 100 TFLOP/s, headline: dense}
                """);
        DataSet site = DataSetLoader.withSiteFiles(base, root, List.of(f));

        DataRecord h200 = site.find("our_h200").orElseThrow();
        assertSame(h200, site.find("h200").orElseThrow());
        assertEquals("NVIDIA H200 SXM", h200.name(), "name kept");
        assertEquals(List.of("h200", "our_h200"), h200.aliases(), "aliases added");
        assertEquals("https://example.com/our-measurements", h200.provenance().source());
        assertEquals(Confirmation.DERIVED, h200.provenance().confirmed());
        assertEquals("NVIDIA", h200.info().get("vendor"), "info kept");
        assertEquals("B12", h200.info().get("rack"));

        Datum tdp = h200.data().get("tdp");
        assertEquals("650 W", tdp.expression());
        assertEquals("https://example.com/our-measurements", tdp.provenance().source());
        assertEquals(Confirmation.DERIVED, tdp.provenance().confirmed());
        assertEquals("content/data/lab.yaml:9:12", tdp.span().location());
        assertEquals("      tdp: 650 W", tdp.sourceLine());

        Datum memory = h200.data().get("memory");
        assertEquals("141 GB", memory.expression(), "untouched figures kept");
        assertEquals("https://nvdam.widen.net/s/nb5zzzsjdf/hpc-datasheet-sc23-h200-datasheet-3002446", memory.provenance().source());
        assertEquals("989.5 TFLOP/s", h200.data().get("bf16.dense").expression());

        Datum headline = h200.data().get("bf16.headline");
        assertEquals("1900 TFLOP/s", headline.expression(), "the headline follows the sibling it names");
        assertEquals("vendor headline: 2:4 sparse; measured", headline.provenance().note());
        assertEquals("3958 TFLOP/s", h200.data().get("fp8.headline").expression());

        DataRecord lab = site.find("mine").orElseThrow();
        assertEquals("lab_gpu", lab.id());
        assertEquals("100 TFLOP/s", lab.data().get("bf16.headline").expression());
        assertEquals("content/data/lab.yaml:11:3", lab.span().location());

        assertEquals("141 GB", base.find("h200").orElseThrow().data().get("memory").expression());
        assertEquals("700 W", base.find("h200").orElseThrow().data().get("tdp").expression(), "base is not changed");
        assertEquals(base.records().size() + 1, site.records().size());
    }

    @Test
    void laterFilesOverrideEarlierOnesAndHeadlineCanBeRepointed() throws IOException {
        Path a = write("a.yaml", """
                kind: model
                records:
                  small:
                    name: Small
                    source: https://example.com/a
                    confirmed: P
                    data: {params: 1e9 param, tokens: 20e9 token}
                """);
        Path b = write("b.yaml", """
                kind: model
                records:
                  small:
                    name: Small v2
                    data:
                      params: {value: 1.1e9 param, source: https://example.com/b, confirmed: S}
                """);
        Path c = write("c.yaml", """
                kind: accelerator
                records:
                  h100_sxm:
                    data:
                      bf16: {headline: dense}
                """);
        DataSet site = DataSetLoader.withSiteFiles(DataSetLoader.bundled(), root, List.of(a, b, c));
        DataRecord small = site.find("small").orElseThrow();
        assertEquals("Small v2", small.name());
        assertEquals("1.1e9 param", small.data().get("params").expression());
        assertEquals("https://example.com/b", small.data().get("params").provenance().source());
        assertEquals("20e9 token", small.data().get("tokens").expression());
        assertEquals(List.of("params", "tokens"), List.copyOf(small.data().keySet()));

        Datum h = site.find("h100").orElseThrow().data().get("bf16.headline");
        assertEquals("989.5 TFLOP/s", h.expression());
        assertTrue(h.provenance().note().startsWith("vendor headline: dense"), h.provenance().note());
        assertEquals("content/data/c.yaml:5:24", h.span().location());
    }

    @Test
    void displayPathFallsBackToThePathAsGiven() {
        assertEquals("content/data/x.yaml", DataSetLoader.displayPath(null, Path.of("content/data/x.yaml")));
        assertEquals("content/data/x.yaml", DataSetLoader.displayPath(Path.of("/site"), Path.of("/site/content/data/x.yaml")));
        assertEquals("/elsewhere/x.yaml", DataSetLoader.displayPath(Path.of("/site"), Path.of("/elsewhere/x.yaml")));
    }
}
