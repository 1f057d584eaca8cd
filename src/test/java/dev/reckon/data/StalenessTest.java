package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dated figures can be found by age, for reckon check's warning about posts that use old prices and estimates. */
class StalenessTest {
    private static final DataSet DATA = DataSetLoader.fromTexts(DataSet.empty(), true, Map.of("content/data/p.yaml", """
            kind: accelerator
            records:
              h100_sxm:
                name: NVIDIA H100 SXM
                aliases: [h100]
                source: https://example.com/pricing
                confirmed: P
                data:
                  memory: 80 GB
                  cloud_price:
                    aws: {value: 3.93 USD/(GPU*h), as_of: 2025-06-01}
                    gcp: {value: 3.70 USD/(GPU*h), as_of: 2024-01}
                  price_launch: {value: 25000..30000 USD, estimate: true, as_of: 2023}
            """));
    private static final DataRecord H100 = DATA.find("h100").orElseThrow();

    private static List<String> names(List<Staleness.StaleFigure> fs) {
        return fs.stream().map(Staleness.StaleFigure::name).toList();
    }

    @Test
    void aFigureIsStaleOnlyWhenSurelyOlderThanTheAge() {
        LocalDate today = LocalDate.of(2025, 7, 1);
        assertEquals(List.of("h100_sxm.cloud_price.gcp", "h100_sxm.price_launch"), names(Staleness.of(H100, "", 12, today)));
        assertEquals(List.of("h100_sxm.cloud_price.gcp"), names(Staleness.of(H100, "cloud_price", 12, today)));
        assertEquals(List.of(), names(Staleness.of(H100, "cloud_price.aws", 12, today)));
        assertEquals(List.of(), names(Staleness.of(H100, "memory", 12, today)), "undated figures never are");
        assertEquals(List.of("h100_sxm.cloud_price.aws", "h100_sxm.cloud_price.gcp", "h100_sxm.price_launch"),
                names(Staleness.of(H100, "", 0, LocalDate.of(2025, 6, 2))));
        assertEquals(List.of("h100_sxm.price_launch"), names(Staleness.of(H100, "", 18, today)), "gcp is 17 months old");
        assertEquals(names(Staleness.of(H100, "", 12, today)), names(Staleness.of(DATA, 12, today)));
    }

    @Test
    void theWarningNamesTheFigureItsDateAndWhatToDo() {
        Staleness.StaleFigure gcp = Staleness.of(H100, "cloud_price.gcp", 12, LocalDate.of(2025, 7, 1)).getFirst();
        assertEquals(17, gcp.monthsOld());
        Diagnostic w = Staleness.warning(gcp, 12, SourceSpan.of("content/posts/cost.md", 9, 20), "It costs `= h100.cloud_price.gcp`.");
        assertEquals("'h100_sxm.cloud_price.gcp' is dated 2024-01, 17 months ago (more than 12)", w.message());
        assertEquals("check it against its source (https://example.com/pricing) and update value and as_of in a data file,"
                + " or set stale_after_months in site.yaml", w.hint());
    }
}
