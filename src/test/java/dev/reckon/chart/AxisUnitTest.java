package dev.reckon.chart;

import static dev.reckon.chart.ChartFixtures.desc;
import static dev.reckon.chart.ChartFixtures.specError;
import static dev.reckon.chart.ChartFixtures.texts;
import static dev.reckon.chart.ChartFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Ticks fall on round values in the unit the axis prints, whether the author chose it or the engine did. */
class AxisUnitTest {
    @Test
    void aLogAxisInDaysTicksAtPowersOfTenDays() {
        Document doc = xml("""
                type: line
                title: Time to train
                x: n from 100 to 100000, log
                y: Days: 3.8e25 FLOP / (n * 989 TFLOP/s * 40 %), log, unit days
                """);
        List<String> labels = texts(doc, "chart-labels");
        // Before: powers of ten seconds, labelled 11.5741 days, 115.741 days, 1,157.41 days.
        assertEquals(List.of("10 days", "100 days", "1,000 days", "10,000 days"),
                labels.stream().filter(l -> l.endsWith("days")).toList(), labels.toString());
        assertEquals("Days (days)", labels.get(labels.size() - 1));
    }

    @Test
    void aLinearAxisInHoursTicksOnRoundHours() {
        Document doc = xml("""
                type: line
                title: t
                x: t from 0 h to 48 h, unit h
                y: t * 700 W
                """);
        List<String> labels = texts(doc, "chart-labels");
        assertEquals(List.of("0 h", "10 h", "20 h", "30 h", "40 h"), labels.subList(0, 5), labels.toString());
    }

    @Test
    void withoutAUnitTheEngineChoosesOneInWhichTicksAreRound() {
        // Times of days and years are not powers of ten of a second, so the axis takes one unit for all ticks.
        Document doc = xml("""
                type: line
                title: t
                x: t from 1 day to 10000 day, log
                y: t * 700 W
                """);
        List<String> labels = texts(doc, "chart-labels");
        assertEquals(List.of("1 day", "100 days", "10,000 days"), labels.subList(0, 3));
        assertEquals("t (days)", labels.get(labels.size() - 2));
    }

    @Test
    void aRateKeepsTheTimeBaseOfItsInputs() {
        Document doc = xml("""
                type: line
                title: Renting a node
                x: n from 1 to 8
                y: Price: n * 3.93 USD/h
                """);
        List<String> labels = texts(doc, "chart-labels");
        assertEquals(List.of("0 USD/h", "10 USD/h", "20 USD/h", "30 USD/h"), labels.subList(4, 8));
        assertEquals("Price (USD/h)", labels.get(labels.size() - 1));
        assertTrue(desc(doc).endsWith("Price is 3.93 USD/h at the start and 31.4 USD/h at the end."), desc(doc));
    }

    @Test
    void prefixedUnitsStillChooseAPrefixPerTick() {
        Document doc = xml("""
                type: line
                title: t
                x: b from 1 GB/s to 10 TB/s, log
                y: b * 1 s
                """);
        assertEquals(List.of("1 GB/s", "100 GB/s", "10 TB/s"), texts(doc, "chart-labels").subList(0, 3));
        assertTrue(desc(doc).contains("from 1 GB/s to 10 TB/s"), desc(doc));
    }

    @Test
    void aUnitMustBeAPositiveSingleAmount() {
        assertEquals("a unit must be a positive amount, but '0 days' is 0\u00A0s",
                specError("type: line\ntitle: t\nx: t from 1 s to 2 s, unit 0 days\ny: t").getMessage());
        assertEquals("an axis end is a single value, but '1..2 s' is the range 1–2\u00A0s",
                specError("type: line\ntitle: t\nx: t from 1..2 s to 5 s\ny: t").getMessage());
    }
}
