package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation error of a data file, with its exact message and position. */
class LoaderDiagnosticsTest {
    @TempDir
    Path root;

    private static final String OK_RECORD = """
              x:
                name: X
                source: https://example.com
                confirmed: P
                data:
                  memory: 1 GB
            """;

    private List<Diagnostic> errors(String yaml) throws IOException {
        return errors(DataSet.empty(), yaml);
    }

    private List<Diagnostic> errors(DataSet base, String yaml) throws IOException {
        Path file = root.resolve("content/data/site.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        ReckonException e = assertThrows(ReckonException.class,
                () -> DataSetLoader.withSiteFiles(base, root, List.of(file)));
        return e.diagnostics();
    }

    /** Asserts that one diagnostic has exactly this message and location, and returns it. */
    private static Diagnostic expect(List<Diagnostic> ds, String message, String location) {
        for (Diagnostic d : ds) {
            if (d.message().equals(message)) {
                assertTrue(d.isError());
                assertEquals(location, d.span() == null ? null : d.span().location(), message);
                return d;
            }
        }
        fail("no diagnostic '" + message + "' in:\n" + ds.stream().map(Diagnostic::render).collect(Collectors.joining()));
        return null;
    }

    @Test
    void malformedYamlIsPositionedAtTheProblem() throws IOException {
        List<Diagnostic> ds = errors("kind: accelerator\nrecords:\n  x:\n    name: X\n   bad: 1\n");
        Diagnostic d = expect(ds, "invalid YAML: expected <block end>, but found '<block mapping start>'",
                "content/data/site.yaml:5:4");
        assertEquals("   bad: 1", d.sourceLine());
        assertEquals(1, ds.size());
    }

    @Test
    void malformedYamlNamesWhereTheUnfinishedPartStarted() throws IOException {
        Diagnostic d = expect(errors("kind: accelerator\nrecords:\n  x:\n    name: \"X\n"),
                "invalid YAML: found unexpected end of stream", "content/data/site.yaml:5:1");
        assertEquals("while scanning a quoted scalar at content/data/site.yaml:4:11", d.hint());
    }

    @Test
    void emptyFile() throws IOException {
        expect(errors(""), "empty data file", "content/data/site.yaml:1:1");
        expect(errors("# nothing yet\n"), "empty data file", "content/data/site.yaml:1:1");
    }

    @Test
    void fileThatIsNotAMapping() throws IOException {
        expect(errors("- a\n- b\n"), "a data file must be a mapping with 'kind' and 'records'", "content/data/site.yaml:1:1");
    }

    @Test
    void unknownTopLevelKeyWithSuggestion() throws IOException {
        List<Diagnostic> ds = errors("kind: accelerator\nrecrods:\n" + OK_RECORD);
        assertEquals("did you mean 'records'?", expect(ds, "unknown key 'recrods'", "content/data/site.yaml:2:1").hint());
        expect(ds, "missing 'records'", "content/data/site.yaml:1:1");
        assertEquals(2, ds.size());
    }

    @Test
    void missingKind() throws IOException {
        expect(errors("records:\n" + OK_RECORD), "missing 'kind'", "content/data/site.yaml:1:1");
    }

    @Test
    void unknownRecordKeyWithSuggestion() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    souce: https://example.com
                    confirmed: P
                """);
        Diagnostic d = expect(ds, "unknown key 'souce' in record 'x'", "content/data/site.yaml:5:5");
        assertEquals("did you mean 'source'?", d.hint());
        expect(ds, "record 'x' has no 'source'", "content/data/site.yaml:3:3");
        assertEquals(2, ds.size(), "all problems of the file are reported together");
    }

    @Test
    void missingSourceAndConfirmed() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: model
                records:
                  tiny:
                    name: Tiny
                    data: {params: 1e6 param}
                """);
        Diagnostic source = expect(ds, "record 'tiny' has no 'source'", "content/data/site.yaml:3:3");
        assertEquals("every record needs 'source' (a URL or citation) and 'confirmed' (P, S, D or U)", source.hint());
        expect(ds, "record 'tiny' has no 'confirmed'", "content/data/site.yaml:3:3");
        assertEquals("  tiny:", source.sourceLine());
        assertEquals(4, source.span().length());
    }

    @Test
    void badConfirmationCode() throws IOException {
        Diagnostic d = expect(errors("""
                kind: model
                records:
                  tiny:
                    name: Tiny
                    source: paper
                    confirmed: primary
                """), "unknown confirmation code 'primary'", "content/data/site.yaml:6:16");
        assertEquals("use P (primary source), S (secondary copy), D (derived) or U (unconfirmed)", d.hint());
        assertEquals(7, d.span().length());
        expect(errors("""
                kind: model
                records:
                  tiny:
                    name: Tiny
                    source: paper
                    confirmed: P
                    data:
                      params: {value: 1e6 param, confirmed: X}
                """), "unknown confirmation code 'X'", "content/data/site.yaml:8:45");
    }

    @Test
    void badIdAndBadAlias() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  H200-nvl:
                    name: X
                    source: s
                    confirmed: P
                  ok:
                    name: Y
                    aliases: [fine, Not-Fine]
                    source: s
                    confirmed: P
                """);
        Diagnostic id = expect(ds, "invalid id 'H200-nvl'", "content/data/site.yaml:3:3");
        assertEquals("ids are lowercase letters, digits and '_', starting with a letter, e.g. 'h200_nvl'", id.hint());
        expect(ds, "invalid alias 'Not-Fine'", "content/data/site.yaml:9:21");
    }

    @Test
    void duplicateIdsAndAliases() throws IOException {
        DataSet bundled = DataSetLoader.bundled();
        List<Diagnostic> ds = errors(bundled, """
                kind: accelerator
                records:
                  h100:
                    name: Not the H100
                    source: s
                    confirmed: P
                  mine:
                    name: Mine
                    aliases: [h200, mine2]
                    source: s
                    confirmed: P
                """);
        Diagnostic alias = expect(ds, "'h100' is an alias of 'h100_sxm'", "content/data/site.yaml:3:3");
        assertEquals("to change that record use its id 'h100_sxm'; for a new record choose another id", alias.hint());
        Diagnostic dup = expect(ds, "duplicate alias 'h200'", "content/data/site.yaml:9:15");
        assertTrue(dup.hint().startsWith("already used by 'h200_sxm' (reckon:data/accelerators.yaml:"), dup.hint());
    }

    @Test
    void duplicateIdAcrossFilesOfTheBundle() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("reckon:data/a.yaml", "kind: format\nrecords:\n" + OK_RECORD);
        texts.put("reckon:data/b.yaml", "kind: model\nrecords:\n" + OK_RECORD);
        ReckonException e = assertThrows(ReckonException.class, () -> DataSetLoader.fromTexts(DataSet.empty(), false, texts));
        Diagnostic d = expect(e.diagnostics(), "duplicate id 'x'", "reckon:data/b.yaml:3:3");
        assertEquals("already defined at reckon:data/a.yaml:3:3", d.hint());
    }

    @Test
    void duplicateKeyInOneMapping() throws IOException {
        Diagnostic d = expect(errors("kind: format\nrecords:\n" + OK_RECORD + OK_RECORD), "duplicate key 'x'",
                "content/data/site.yaml:9:3");
        assertEquals("first given at content/data/site.yaml:3:3", d.hint());
    }

    @Test
    void headlineNamingAMissingSibling() throws IOException {
        Diagnostic d = expect(errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    source: s
                    confirmed: P
                    data:
                      bf16: {dense: 100 TFLOP/s, headline: sparse}
                      fp8: {dense: 100 TFLOP/s, sprase: 200 TFLOP/s, headline: sparse}
                """), "headline names 'sparse', but 'bf16' has no figure 'sparse'", "content/data/site.yaml:8:44");
        assertEquals("name one of: dense", d.hint());
        assertEquals(6, d.span().length());
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    source: s
                    confirmed: P
                    data:
                      fp8: {dense: 100 TFLOP/s, sprase: 200 TFLOP/s, headline: sparse}
                """);
        // the misspelt sibling is the one mistake: the headline naming the right spelling is not reported again
        assertTrue(expect(ds, "unknown figure 'fp8.sprase'", "content/data/site.yaml:8:33").hint()
                .startsWith("did you mean 'fp8.sparse'?"));
        assertEquals(1, ds.size());
    }

    @Test
    void headlineNamingAGroupOrARejectedFigure() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    source: s
                    confirmed: P
                    data:
                      bf16: {dense: n/a, headline: dense}
                      fp8: {dense: {a: 1 TFLOP/s}, headline: dense}
                """);
        expect(ds, "figure 'bf16.dense' must start with a number: 'n/a'", "content/data/site.yaml:8:21");
        // fp8.dense is a group here, so its member is not a known figure: that one error, not another for the headline
        expect(ds, "unknown figure 'fp8.dense.a'", "content/data/site.yaml:9:21");
        assertEquals(2, ds.size(), "no second error for the rejected bf16.dense");
    }

    @Test
    void leafThatIsNotAScalarOrNotANumber() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    source: s
                    confirmed: P
                    data:
                      memory: [80 GB, 141 GB]
                      fp64: n/a
                      fp32: true
                      tdp:
                      bf16: {dense: {value: [1]}}
                """);
        expect(ds, "figure 'memory' must be a single value such as '141 GB', not a list", "content/data/site.yaml:8:15");
        expect(ds, "figure 'fp64' must start with a number: 'n/a'", "content/data/site.yaml:9:13");
        expect(ds, "figure 'fp32' must be a number with a unit, not 'true'", "content/data/site.yaml:10:13");
        expect(ds, "figure 'tdp' has no value", "content/data/site.yaml:11:11");
        expect(ds, "figure 'bf16.dense' must be a single value such as '141 GB', not a list", "content/data/site.yaml:12:29");
        assertEquals(5, ds.size());
    }

    @Test
    void provenanceWithoutValueAndUnknownFigureKey() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    source: s
                    confirmed: P
                    data:
                      memory: {confirmed: D, note: halved}
                      tdp: {value: 700 W, nots: up to}
                """);
        expect(ds, "figure 'memory' has provenance but no 'value'", "content/data/site.yaml:8:15");
        assertEquals("did you mean 'note'?", expect(ds, "unknown key 'nots' in figure 'tdp'", "content/data/site.yaml:9:27").hint());
    }

    @Test
    void denseLargerThanSparse() throws IOException {
        List<Diagnostic> ds = errors("""
                kind: accelerator
                records:
                  x:
                    name: X
                    source: s
                    confirmed: P
                    data:
                      bf16: {dense: 2 PFLOP/s, sparse: 1979 TFLOP/s, headline: sparse}
                      fp8: {dense: 1 TFLOP/s, sparse: 2 TOP/s}
                """);
        expect(ds, "'bf16.dense' (2 PFLOP/s) is larger than 'bf16.sparse' (1979 TFLOP/s)", "content/data/site.yaml:8:21");
        expect(ds, "'fp8.dense' and 'fp8.sparse' are in different units ('TFLOP/s', 'TOP/s')", "content/data/site.yaml:9:20");
    }

    @Test
    void overrideThatMakesSparseSmallerThanDensePointsAtTheSiteFile() throws IOException {
        expect(errors(DataSetLoader.bundled(), """
                kind: accelerator
                records:
                  h200_sxm:
                    source: https://example.com
                    confirmed: U
                    data:
                      fp8: {sparse: 1000 TFLOP/s}
                """), "'fp8.dense' (1979 TFLOP/s) is larger than 'fp8.sparse' (1000 TFLOP/s)", "content/data/site.yaml:7:21");
    }

    @Test
    void overrideOfAnotherKindAndOverrideFigureWithoutSource() throws IOException {
        DataSet bundled = DataSetLoader.bundled();
        expect(errors(bundled, """
                kind: model
                records:
                  h200_sxm:
                    name: Not a model
                """), "'h200_sxm' is a record of kind 'accelerator', but this file is kind 'model'", "content/data/site.yaml:3:3");
        Diagnostic d = expect(errors(bundled, """
                kind: accelerator
                records:
                  h200_sxm:
                    data:
                      tdp: 650 W
                """), "figure 'tdp' has no 'source'", "content/data/site.yaml:5:12");
        assertEquals("give record 'h200_sxm' a 'source' and 'confirmed' in this file, or give the figure its own", d.hint());
    }

    @Test
    void diagnosticsRenderWithCaretUnderTheValue() throws IOException {
        Diagnostic d = expect(errors("""
                kind: model
                records:
                  tiny:
                    name: Tiny
                    source: paper
                    confirmed: Q
                """), "unknown confirmation code 'Q'", "content/data/site.yaml:6:16");
        assertEquals("""
                error: unknown confirmation code 'Q'
                 --> content/data/site.yaml:6:16
                  |
                6 |     confirmed: Q
                  |                ^
                  = hint: use P (primary source), S (secondary copy), D (derived) or U (unconfirmed)
                """, d.render());
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(p);
            }
            y.append("]\n");
        }
        String doc = y.toString();
        List<Diagnostic> ds = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errors(doc));
        expect(ds, "too many aliases of lists or mappings (more than 50)", "content/data/site.yaml:7:23");
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String doc = "kind: model\nrecords: " + "[".repeat(200) + "]".repeat(200) + "\n";
        List<Diagnostic> ds = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errors(doc));
        expect(ds, "YAML nested deeper than 24 levels", "content/data/site.yaml:2:33");
    }

    @Test
    void unreadableFileIsReported() {
        Path missing = root.resolve("content/data/missing.yaml");
        ReckonException e = assertThrows(ReckonException.class,
                () -> DataSetLoader.withSiteFiles(DataSet.empty(), root, List.of(missing)));
        assertTrue(e.diagnostics().get(0).message().startsWith("cannot read data file content/data/missing.yaml"));
    }
}
