package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled PUE records: dated, plausible, and the fleets below the survey average they are compared with. */
class DatacenterDataTest {
    private static final DataSet DATA = DataSetLoader.bundled();

    private static double pue(String name) {
        Datum d = DATA.find(name).orElseThrow(() -> new AssertionError("no record " + name)).data().get("pue");
        assertNotNull(d, name + ".pue missing");
        Figures.Figure f = Figures.parse(d.expression()).orElseThrow();
        assertEquals("", f.unit(), name + ": PUE is a plain ratio");
        return f.number();
    }

    @Test
    void everyPueIsDatedAndPhysicallyPossible() {
        List<DataRecord> centres = DATA.records().stream().filter(r -> r.kind().equals("datacenter")).toList();
        assertTrue(centres.size() >= 3, "only " + centres.size());
        for (DataRecord r : centres) {
            double pue = pue(r.id());
            // facility energy can never be less than the IT energy inside it
            assertTrue(pue >= 1.0 && pue < 3.0, r.id() + ": " + pue);
            assertNotNull(r.data().get("pue").provenance().asOf(), r.id() + ": a PUE is an average over a stated period");
            assertTrue(r.info().containsKey("scope"), r.id() + " does not say what the average covers");
        }
    }

    @Test
    void hyperscaleFleetsBeatTheSurveyAverage() {
        assertTrue(pue("google_fleet") < pue("industry_average"));
        assertTrue(pue("meta_fleet") < pue("industry_average"));
        assertEquals("2024", DATA.find("industry_average").orElseThrow().data().get("pue").provenance().asOf().text());
    }
}
