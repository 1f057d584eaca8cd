package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract of this round: as_of dates, ranges, the datacenter kind, and the known-field names. */
class SchemaRoundTest {
    private static DataSet load(String yaml) {
        return DataSetLoader.fromTexts(DataSetLoader.bundled(), true, Map.of("content/data/x.yaml", yaml));
    }

    private static List<Diagnostic> errors(String yaml) {
        return assertThrows(ReckonException.class, () -> load(yaml)).diagnostics();
    }

    private static String rendered(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::render).collect(Collectors.joining());
    }

    @Test
    void asOfIsReadFromTheFigureOrTheRecordAndKeptAsWritten() {
        DataSet d = load("""
                kind: accelerator
                records:
                  cloud_gpu:
                    name: Cloud GPU
                    source: https://example.com/pricing
                    confirmed: P
                    as_of: 2025-06
                    data:
                      memory: 80 GB
                      cloud_price:
                        aws: {value: 3.93 USD/(GPU*h), as_of: 2025-06-01}
                        gcp: 3.70 USD/(GPU*h)
                """);
        DataRecord r = d.find("cloud_gpu").orElseThrow();
        assertEquals("2025-06-01", r.data().get("cloud_price.aws").provenance().asOf().text());
        assertEquals("2025-06", r.data().get("cloud_price.gcp").provenance().asOf().text(), "record default");
        assertEquals(LocalDate.of(2025, 6, 30), r.data().get("cloud_price.gcp").provenance().asOf().last());
        assertEquals("2025-06", r.provenance().asOf().text());
    }

    @Test
    void aBadDateIsAnErrorAtItsValue() {
        List<Diagnostic> ds = errors("""
                kind: datacenter
                records:
                  fleet:
                    name: Fleet
                    source: report
                    confirmed: P
                    data:
                      pue: {value: 1.09, as_of: 2024-13-01}
                """);
        assertEquals(1, ds.size(), rendered(ds));
        assertEquals("'as_of' is not a date: '2024-13-01'", ds.get(0).message());
        assertEquals("content/data/x.yaml:8:33", ds.get(0).span().location());
        assertEquals(FigureDate.HINT, ds.get(0).hint());
        for (String bad : List.of("2024-02-30", "24-01-01", "June 2024", "1066", "2024-1-5")) {
            assertTrue(FigureDate.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void datesCountAsOldOnlyWhenSurelyOld() {
        FigureDate year = FigureDate.parse("2024").orElseThrow();
        assertFalse(year.olderThan(12, LocalDate.of(2025, 12, 31)));
        assertTrue(year.olderThan(12, LocalDate.of(2026, 1, 1)));
        FigureDate day = FigureDate.parse("2024-06-15").orElseThrow();
        assertFalse(day.olderThan(12, LocalDate.of(2025, 6, 15)));
        assertTrue(day.olderThan(12, LocalDate.of(2025, 6, 16)));
        assertEquals(13, day.monthsBefore(LocalDate.of(2025, 7, 20)));
        assertTrue(FigureDate.parse("2024-02-29").isPresent(), "leap day");
    }

    @Test
    void rangesAreStoredAsWrittenAndReadByTheSanityChecks() {
        DataSet d = load("""
                kind: model
                records:
                  run:
                    name: Run
                    source: paper
                    confirmed: P
                    data:
                      train: {mfu: 38..43 %, duration: 67 .. 77 day}
                      train_flops: {value: 1.5e25..2.5e25 FLOP, estimate: true}
                """);
        DataRecord r = d.find("run").orElseThrow();
        assertEquals("38..43 %", r.data().get("train.mfu").expression());
        assertEquals("67 .. 77 day", r.data().get("train.duration").expression());
        Figures.Figure f = Figures.parse("1.5e25..2.5e25 FLOP").orElseThrow();
        assertTrue(f.isRange());
        assertEquals(1.5e25, f.number());
        assertEquals(2.5e25, f.high());
        assertEquals("FLOP", f.unit());
        assertFalse(Figures.parse("80 GB").orElseThrow().isRange());

        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  y:
                    name: Y
                    source: s
                    confirmed: P
                    data:
                      bf16: {dense: 300..400 TFLOP/s, sparse: 100..200 TFLOP/s}
                """);
        assertEquals("'bf16.dense' (300..400 TFLOP/s) is larger than 'bf16.sparse' (100..200 TFLOP/s)", ds.get(0).message());
    }

    @Test
    void datacenterIsAKindWithItsOwnFields() {
        DataSet d = load("""
                kind: datacenter
                records:
                  my_dc:
                    name: My data centre
                    source: https://example.com/report
                    confirmed: P
                    as_of: 2024
                    data:
                      pue: 1.12
                """);
        assertEquals("datacenter", d.find("my_dc").orElseThrow().kind());
        assertTrue(KnownFields.find("datacenter", "pue").isPresent());
        assertNull(d.find("my_dc").orElseThrow().data().get("pue").provenance().note());
    }

    @Test
    void misspeltKnownFieldsAreErrorsAndOwnFieldsAreNot() {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  h200_sxm:
                    source: https://example.com/lab
                    confirmed: D
                    data:
                      memroy: 141 GB
                      bf16: {dens: 900 TFLOP/s}
                      scale_up: {bidirectional: 900 GB/s, domain: 8}
                      memory: {hbm: 141 GB}
                      nvlink_ports: 18
                """);
        assertEquals(4, ds.size(), rendered(ds));
        assertEquals("unknown figure 'memroy', one letter away from 'memory'", ds.get(0).message());
        assertEquals("content/data/x.yaml:7:7", ds.get(0).span().location());
        assertEquals("unknown figure 'bf16.dens'", ds.get(1).message());
        assertTrue(ds.get(1).hint().startsWith("did you mean 'bf16.dense'?"), ds.get(1).hint());
        assertEquals("unknown figure 'scale_up.bidirectional'", ds.get(2).message());
        assertEquals("did you mean 'scale_up.bidir'? 'scale_up' has scale_up.domain, scale_up.bidir, scale_up.unidir", ds.get(2).hint());
        assertEquals("'memory' is one figure (information), not a group", ds.get(3).message());
    }
}
