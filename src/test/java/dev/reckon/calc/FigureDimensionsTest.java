package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import dev.reckon.data.KnownFields;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every known figure has its field's dimension; a wrong one is an error at the data file's line and column. */
class FigureDimensionsTest {
    @TempDir
    Path root;

    private DataSet site(String yaml) throws IOException {
        Path f = root.resolve("content/data/x.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, yaml);
        return DataSetLoader.withSiteFiles(DataSetLoader.bundled(), root, List.of(f));
    }

    private static List<Diagnostic> problems(DataSet data) {
        return FigureDimensions.problems(new Calculator(data), false);
    }

    private static String rendered(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::render).collect(Collectors.joining());
    }

    @Test
    void theBundledDataSetHasNoWrongDimension() {
        List<Diagnostic> ds = FigureDimensions.problems(new Calculator(DataSetLoader.bundled()), true);
        assertEquals(List.of(), ds, rendered(ds));
    }

    @Test
    void bundledFiguresReferToNoOtherRecordSoNoSiteFileCanChangeThem() {
        // what lets a build check only the site's own figures (FigureDimensions.verify)
        for (var r : DataSetLoader.bundled().records()) {
            assertEquals(java.util.Set.of(), FigureReferences.of(r), r.id());
        }
    }

    @Test
    void everyMeasureHasADimensionTheEngineKnows() {
        for (KnownFields.Measure m : KnownFields.Measure.values()) {
            FigureDimensions.dimension(m);
        }
        assertEquals(Dimension.INFORMATION.divide(Dimension.TIME), FigureDimensions.dimension(KnownFields.Measure.BANDWIDTH));
    }

    @Test
    void anOverrideOfTheWrongDimensionIsAnErrorNamingBoth() throws IOException {
        DataSet data = site("""
                kind: accelerator
                records:
                  h200_sxm:
                    source: https://example.com/lab
                    confirmed: D
                    data:
                      memory: 141 s
                      bandwidth: {value: 4.8 TB, note: "forgot /s"}
                      tdp: 700
                  lab:
                    name: Lab
                    source: s
                    confirmed: U
                    data:
                      int8: 100 TFLOP/s
                """);
        List<Diagnostic> ds = problems(data);
        assertEquals(4, ds.size(), rendered(ds));
        Diagnostic memory = ds.get(0);
        assertEquals("figure 'memory' of 'h200_sxm' is s (time), but memory is information (B)", memory.message());
        assertEquals("content/data/x.yaml:7:15", memory.span().location());
        assertEquals(5, memory.span().length());
        assertEquals("      memory: 141 s", memory.sourceLine());
        assertTrue(memory.hint().startsWith("write it in B or a prefixed unit, e.g. 'memory: 80 GB'"), memory.hint());
        assertEquals("figure 'bandwidth' of 'h200_sxm' is B (information), but bandwidth is information/time (B/s)",
                ds.get(1).message());
        assertEquals("content/data/x.yaml:8:26", ds.get(1).span().location());
        assertEquals("figure 'tdp' of 'h200_sxm' is a plain number, but tdp is power (W)", ds.get(2).message());
        assertEquals("figure 'int8' of 'lab' is FLOP/s (compute throughput), but int8 is OP/time (OP/s)",
                ds.get(3).message());
        ReckonException e = assertThrows(ReckonException.class, () -> FigureDimensions.verify(new Calculator(data)));
        assertEquals(ds, e.diagnostics());
    }

    @Test
    void countsAreWholeNumbersWithoutUnitsAndOldGpuHoursStillPass() throws IOException {
        List<Diagnostic> ds = problems(site("""
                kind: model
                records:
                  m:
                    name: M
                    source: paper
                    confirmed: P
                    data:
                      layers: 32 %
                      heads: 61.5
                      kv_heads: 8 token
                      hidden: 4096
                      gpu_hours: 184320 h
                      context: 8192
                """));
        assertEquals(4, ds.size(), rendered(ds));
        assertEquals("figure 'layers' of 'm' must be a whole number without a unit, not '32 %'", ds.get(0).message());
        assertTrue(ds.get(0).hint().startsWith("write it without a unit, e.g. 'layers: 72'"), ds.get(0).hint());
        assertEquals("figure 'heads' of 'm' must be a whole number without a unit, not '61.5'", ds.get(1).message());
        assertEquals("figure 'kv_heads' of 'm' is token, but kv_heads is a plain number", ds.get(2).message());
        assertEquals("figure 'context' of 'm' is a plain number, but context is token count (token)", ds.get(3).message());
    }

    @Test
    void aFigureThatDoesNotEvaluateIsAnErrorWhenLoadedNotWhenFirstUsed() throws IOException {
        List<Diagnostic> ds = problems(site("""
                kind: accelerator
                records:
                  lab:
                    name: Lab
                    source: s
                    confirmed: U
                    data:
                      my_own_figure: 12 furlongs
                """));
        assertEquals(1, ds.size(), rendered(ds));
        assertEquals("content/data/x.yaml:8:25", ds.get(0).span().location());
        assertEquals("unknown unit 'furlongs'", ds.get(0).message());
    }
}
