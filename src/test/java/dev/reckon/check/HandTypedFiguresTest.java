package dev.reckon.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandTypedFiguresTest {
    private static final Calculator CALCULATOR = new Calculator(DataSetLoader.bundled());
    private static final HandTypedFigures FIGURES = new HandTypedFigures(CALCULATOR, DataValues.of(CALCULATOR));

    private static List<String> found(String prose) {
        return FIGURES.find(prose).stream().map(HandTypedFigures.Figure::written).toList();
    }

    @Test
    void findsNumbersWithUnitsOfTheEnginesVocabulary() {
        assertEquals(List.of("141 GB", "4.8TB/s", "989 TFLOPs", "3.14 × 10²³ FLOPs", "1.6 TB", "10 years",
                        "1,000 tokens", "700 W", "2e9 params", "5 × 10^3 s"),
                found("141 GB, 4.8TB/s, 989 TFLOPs, 3.14 × 10²³ FLOPs, 1.6 TB, 10 years, 1,000 tokens, "
                        + "700 W, 2e9 params, 5 × 10^3 s"));
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertEquals(List.of(), found("In 2023, version 1.2.3 of a 3D renderer ran on the H100 and FP8 in the 1990s; "
                + "a 7B model, 50% faster, 3 GPUs, 2nd place, 4x faster, 10 pi, the 24h race, v2 GB"));
    }

    @Test
    void valuesAreInBaseUnits() {
        HandTypedFigures.Figure f = FIGURES.find("3.14 × 10²³ FLOPs").get(0);
        assertEquals(3.14e23, f.value().value(), 1e10);
        assertEquals(4.8e12, FIGURES.find("4.8TB/s").get(0).value().value(), 1e-3);
    }

    @Test
    void recordsNamedInTheParagraphComeFirstAmongMatches() {
        String paragraph = "The H100 PCIe card has 80 GB.";
        List<String> directives = FIGURES.find("80 GB", paragraph).get(0).directives();
        assertEquals("= h100_pcie.memory -> GB | sig 2", directives.get(0), directives.toString());
        assertEquals(true, directives.size() > 1, "other records with 80 GB still follow: " + directives);
    }

    @Test
    void matchesWhatAnAuthorWouldHaveCopied() {
        assertEquals(true, HandTypedFigures.sameAsWritten(989.5, new java.math.BigDecimal("989")));
        assertEquals(true, HandTypedFigures.sameAsWritten(989.5, new java.math.BigDecimal("990")));
        assertEquals(true, HandTypedFigures.sameAsWritten(4.8, new java.math.BigDecimal("4.80")));
        assertEquals(false, HandTypedFigures.sameAsWritten(141, new java.math.BigDecimal("140")));
    }
}
