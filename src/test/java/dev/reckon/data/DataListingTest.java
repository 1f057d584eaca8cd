package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.ReckonException;
import org.junit.jupiter.api.Test;

class DataListingTest {
    private static final DataSet DATA = DataSetLoader.bundled();

    @Test
    void listsOneLinePerRecordWithKeyFigures() {
        String all = DataListing.render(DATA, null, null);
        assertTrue(all.startsWith("hardware\n"), all);
        assertTrue(all.contains("\nmodels\n") && all.contains("\nformats\n"), all);
        String hw = DataListing.render(DATA, "hardware", null);
        assertEquals(DataListing.render(DATA, "accelerators", null), hw);
        assertEquals(DATA.records().stream().filter(r -> r.kind().equals("accelerator")).count() + 1, hw.lines().count());
        String line = hw.lines().filter(l -> l.contains("h200_sxm")).findFirst().orElseThrow();
        assertTrue(line.matches("  h200_sxm \\(h200\\) +NVIDIA H200 SXM +memory 141 GB · bandwidth 4\\.8 TB/s · bf16\\.dense 989\\.5 TFLOP/s"), line);
        assertFalse(hw.contains("gpt3"));
        assertTrue(DataListing.render(DATA, "model", null).contains("train_flops 3.14e23 FLOP"));
        assertTrue(DataListing.render(DATA, "Formats", null).contains("adam_mixed"));
    }

    @Test
    void detailShowsEveryFigureWithTagSourceAndHeadline() {
        String h200 = DataListing.render(DATA, "hardware", "h200");
        assertTrue(h200.startsWith("h200_sxm: NVIDIA H200 SXM (hardware)\naliases: h200\n"), h200);
        assertTrue(h200.lines().anyMatch(l -> l.matches("  bf16\\.dense +989\\.5 TFLOP/s +\\[D\\] +\\[1\\] +headline ÷ 2 .*")), h200);
        assertTrue(h200.lines().anyMatch(l -> l.matches("  bf16\\.sparse +1979 TFLOP/s \\* +\\[S\\] +\\[1\\]")), h200);
        assertTrue(h200.lines().anyMatch(l -> l.matches("  bf16\\.headline +1979 TFLOP/s +\\[S\\] +\\[1\\] +vendor headline: 2:4 sparse")), h200);
        assertTrue(h200.contains("  [1] https://nvdam.widen.net/s/nb5zzzsjdf/hpc-datasheet-sc23-h200-datasheet-3002446\n"));
        DataRecord r = DATA.find("h200").orElseThrow();
        for (String path : r.data().keySet()) {
            assertTrue(h200.contains("  " + path + " "), path);
        }
        String gpt4 = DataListing.render(DATA, null, "gpt4");
        assertTrue(gpt4.contains("[S, estimate]"), gpt4);
        String mi300x = DataListing.render(DATA, null, "mi300x");
        assertTrue(mi300x.contains("[3] AMD marketing"), mi300x);
    }

    @Test
    void unknownNameOrKindSuggests() {
        ReckonException e = assertThrows(ReckonException.class, () -> DataListing.render(DATA, "hardware", "h20"));
        assertEquals("unknown accelerator 'h20'", e.diagnostics().get(0).message());
        assertEquals("did you mean 'h200'?", e.diagnostics().get(0).hint());
        e = assertThrows(ReckonException.class, () -> DataListing.render(DATA, "models", "h200"));
        assertEquals("unknown model 'h200'", e.diagnostics().get(0).message());
        e = assertThrows(ReckonException.class, () -> DataListing.render(DATA, null, "zzzz"));
        assertEquals("run 'reckon data' to list the names", e.diagnostics().get(0).hint());
        e = assertThrows(ReckonException.class, () -> DataListing.render(DATA, "modls", null));
        assertEquals("unknown kind of data 'modls'", e.diagnostics().get(0).message());
        assertEquals("did you mean 'models'?", e.diagnostics().get(0).hint());
    }
}
