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
        assertEquals(DATA.records().stream().filter(r -> r.kind().equals("accelerator")).count() + 1,
                hw.substring(0, hw.indexOf("\n\n")).lines().count());
        assertTrue(hw.contains(DataListing.CONVENTIONS), "hardware listings explain GB vs GiB");
        assertFalse(DataListing.render(DATA, "models", null).contains("GiB"));
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
        assertTrue(h200.lines().anyMatch(l -> l.matches("  figure +value +unit +confirmed +source +as of +note")), h200);
        assertTrue(h200.lines().anyMatch(l -> l.matches("  bf16\\.dense +989\\.5 +TFLOP/s +\\[D\\] +\\[1\\] +headline ÷ 2 .*")), h200);
        assertTrue(h200.lines().anyMatch(l -> l.matches("  bf16\\.sparse +1979 +TFLOP/s \\* +\\[S\\] +\\[1\\]")), h200);
        assertTrue(h200.lines().anyMatch(l -> l.matches("  bf16\\.headline +1979 +TFLOP/s +\\[S\\] +\\[1\\] +vendor headline: 2:4 sparse")), h200);
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
    void detailShowsDatesAndRangesAsWritten() {
        DataSet site = DataSetLoader.fromTexts(DATA, true, java.util.Map.of("content/data/x.yaml", """
                kind: model
                records:
                  run:
                    name: A training run
                    source: https://example.com/paper
                    confirmed: P
                    data:
                      train:
                        mfu: {value: 38..43 %, note: "Table 4"}
                        duration: {value: 54 day, as_of: 2024-07}
                """));
        String run = DataListing.render(site, null, "run");
        assertTrue(run.lines().anyMatch(l -> l.matches("  train\\.mfu +38\\.\\.43 +% +\\[P\\] +\\[1\\] +Table 4")), run);
        assertTrue(run.lines().anyMatch(l -> l.matches("  train\\.duration +54 +day +\\[P\\] +\\[1\\] +2024-07")), run);
    }

    @Test
    void fieldsListsWhatEachKnownFieldMeasures() {
        String all = DataListing.fields(DATA, null);
        for (String kind : KnownFields.kinds()) {
            for (KnownFields.Field f : KnownFields.of(kind)) {
                assertTrue(all.contains("  " + f.pattern() + " "), f.pattern());
            }
        }
        String hw = DataListing.fields(DATA, "hardware");
        assertTrue(hw.lines().anyMatch(l -> l.matches("  int8\\[\\.dense\\|\\.sparse\\|\\.headline] +OP/time +OP/s +.*")), hw);
        assertTrue(hw.lines().anyMatch(l -> l.matches("  cloud_price\\.\\* +currency/\\(GPU·time\\) +USD/\\(GPU\\*h\\) +.*")), hw);
        assertFalse(hw.contains("params"));
        assertTrue(DataListing.fields(DATA, "datacenters").contains("  pue "));
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
