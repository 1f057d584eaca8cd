package dev.reckon.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The importer on arbitrary CSV text: a result whose file loads, or a {@link ReckonException} with
 * positioned diagnostics, never anything else (no parser exception, no bad position, no YAML the
 * loader refuses).
 */
class EpochImportFuzzTest {
    @FuzzTest
    void anyCsv(FuzzedDataProvider data) {
        EpochImport.Kind kind = data.consumeBoolean() ? EpochImport.Kind.HARDWARE : EpochImport.Kind.MODELS;
        String header = kind == EpochImport.Kind.HARDWARE
                ? "Hardware name,Manufacturer,Memory (bytes),Internode bandwidth (bit/s),TDP (W),Release price (USD),Notes\n"
                : "Model,Organization,Parameters,Training compute (FLOP),Hardware utilization (MFU),Hardware quantity,Training hardware\n";
        String text = (data.consumeBoolean() ? header : "") + data.consumeRemainingAsString();
        EpochImport.Result r;
        try {
            r = EpochImport.convert("fuzz.csv", text, DataSetLoader.bundled(),
                    new EpochImport.Options(kind, LocalDate.of(2026, 1, 1), Map.of(), List.of(), false));
        } catch (ReckonException expected) {
            expected.diagnostics().forEach(Diagnostic::render);
            return;
        }
        // what the importer writes must load; a figure the engine refuses is reported by the command, not here
        DataSetLoader.withSiteTexts(DataSetLoader.bundled(), Map.of("content/data/epoch.yaml", r.yaml()));
    }
}
