package dev.reckon.chart;

import static dev.reckon.chart.ChartFixtures.desc;
import static dev.reckon.chart.ChartFixtures.specError;
import static dev.reckon.chart.ChartFixtures.texts;
import static dev.reckon.chart.ChartFixtures.withClass;
import static dev.reckon.chart.ChartFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Several labelled series on one chart, ranges as bands, and series that share a stretch kept apart. */
class SeriesTest {
    static final String KV_CACHE = """
            type: line
            title: KV cache of Llama 3.1 70B, BF16 against FP8
            x: T from 1000 token to 128000 token, log
            y: BF16: 2 * llama31_70b.layers * llama31_70b.kv_heads * llama31_70b.head_dim * T / 1 token * 2 B, log
            y: FP8: 2 * llama31_70b.layers * llama31_70b.kv_heads * llama31_70b.head_dim * T / 1 token * 1 B, log
            x-label: Context length T
            y-label: KV cache per sequence
            """;

    @Test
    void eachLabelledSeriesGetsALineAClassAndALegendEntry() {
        Document doc = xml(KV_CACHE);
        List<Element> paths = withClass(doc, "path", "chart-series");
        assertEquals(2, paths.size());
        assertEquals("chart-series chart-series-1", paths.get(0).getAttribute("class"));
        assertEquals("chart-series chart-series-2", paths.get(1).getAttribute("class"));
        assertNotEquals(paths.get(0).getAttribute("stroke-dasharray"), paths.get(1).getAttribute("stroke-dasharray"));
        assertEquals(List.of("BF16", "FP8"), texts(doc, "chart-legend"));
        // The legend's swatches repeat each series' class and dash, so the key matches the lines.
        List<Element> swatches = withClass(doc, "line", "chart-series");
        assertEquals(paths.get(1).getAttribute("stroke-dasharray"), swatches.get(1).getAttribute("stroke-dasharray"));
        assertEquals("Line chart of KV cache per sequence (BF16 and FP8) against Context length T from 1,000 tokens to "
                + "128,000 tokens on a log scale: BF16 is 328 MB at the start and 41.9 GB at the end; "
                + "FP8 is 164 MB at the start and 21 GB at the end.", desc(doc).replace("21.0 GB", "21 GB"));
    }

    @Test
    void withoutAYLabelSeveralSeriesTitleTheAxisWithTheirUnit() {
        Document doc = xml(KV_CACHE.replace("y-label: KV cache per sequence\n", ""));
        List<String> labels = texts(doc, "chart-labels");
        assertEquals("B", labels.get(labels.size() - 1));
        assertTrue(desc(doc).startsWith("Line chart of BF16 and FP8 against Context length T"), desc(doc));
    }

    @Test
    void seriesMistakesArePositioned() {
        Diagnostic unlabelled = specError("type: line\ntitle: t\nx: n from 1 to 2\ny: A: n\ny: 2 * n").diagnostics().get(0);
        assertEquals("with several series, each needs a label for the legend", unlabelled.message());
        assertEquals("post.md:14:4", unlabelled.span().location());
        Diagnostic twice = specError("type: line\ntitle: t\nx: n from 1 to 2\ny: A: n\ny: A: 2 * n").diagnostics().get(0);
        assertEquals("two series are labelled 'A'", twice.message());
        assertEquals("post.md:14:4", twice.span().location());
        Diagnostic conflict = specError("type: line\ntitle: t\nx: n from 1 to 2\ny: A: n, log\ny: B: 2 * n, linear")
                .diagnostics().get(0);
        assertEquals("the y axis is both log and linear", conflict.message());
        assertEquals("post.md:14:7", conflict.span().location());
        Diagnostic units = specError("type: line\ntitle: t\nx: n from 1 to 2\ny: A: n * 1 GB\ny: B: n * 1 s").diagnostics().get(0);
        assertEquals("'n * 1 s' is s (time), but 'n * 1 GB' is B (information)", units.message());
        assertEquals("all series of a chart share its y axis", units.hint());
        assertEquals("the series 'A' has no expression",
                specError("type: line\ntitle: t\nx: n from 1 to 2\ny: A: , log").getMessage());
    }

    @Test
    void axisOptionsMayBeRepeatedAlikeOrStandOnTheirOwnLine() {
        Document repeated = xml("type: line\ntitle: t\nx: n from 1 to 100, log\ny: A: n, log\ny: B: 2 * n, log");
        Document own = xml("type: line\ntitle: t\nx: n from 1 to 100, log\ny: A: n\ny: B: 2 * n\ny: from 1 to 1000, log");
        assertEquals(List.of("1", "10", "100", "1", "10", "100", "1,000"), texts(own, "chart-labels").subList(0, 7));
        assertEquals(texts(repeated, "chart-labels").subList(3, 5), List.of("1", "10"));
    }

    @Test
    void aRangeValuedSeriesIsDrawnAsABandBetweenItsEnds() {
        Document doc = xml("""
                type: line
                title: Time to train Llama 3.1 405B on H100s at 38-43 % MFU
                x: n from 1000 to 100000, log
                y: Time: llama31_405b.train_flops / (n * h100.bf16.dense * 38..43 %), log, unit days
                x-label: GPUs
                """);
        List<Element> band = withClass(doc, "path", "chart-band");
        assertEquals(1, band.size());
        assertEquals("0.2", band.get(0).getAttribute("fill-opacity"));
        assertTrue(band.get(0).getAttribute("d").endsWith(" Z"));
        // Its two edges are stroked in the series' style; the description gives the range.
        assertEquals(3, withClass(doc, "path", "chart-series-1").size());
        assertTrue(desc(doc).endsWith("Time is 1.03–1.17 × 10³ days at the start and 10.3–11.7 days at the end."),
                desc(doc));
    }

    @Test
    void aRooflineWithARangeDrawsItsRoofAsABand() {
        Document doc = xml("""
                type: roofline
                title: t
                x: I from 1 FLOP/B to 10000 FLOP/B, log
                roof: Sustained: h100.bf16.dense * 60..80 %, h100.bandwidth * 80..90 %
                """);
        assertEquals(1, withClass(doc, "path", "chart-band").size());
        assertTrue(desc(doc).contains("Sustained: peak 594–792 TFLOP/s"), desc(doc));
    }

    private static double lastY(Element path) {
        String d = path.getAttribute("d");
        return Double.parseDouble(d.substring(d.lastIndexOf(',') + 1));
    }

    @Test
    void seriesThatShareARoofAreDrawnApart() {
        // The H200 and H100 have the same dense BF16 peak: their flat parts would be drawn on top of each other.
        String fixedRange = "x-label: Arithmetic intensity\ny: from 1 TFLOP/s to 10 PFLOP/s, log\n";
        Document doc = xml(ChartFixtures.ROOFLINE.replace("x-label: Arithmetic intensity\n", fixedRange));
        double roof200 = lastY(withClass(doc, "path", "chart-series-1").get(0));
        double roof100 = lastY(withClass(doc, "path", "chart-series-2").get(0));
        assertEquals(SeriesLayer.SPREAD, roof100 - roof200, 0.11);
        // A series that coincides with none keeps its place: the two were moved half the spread each way.
        Document alone = xml(ChartFixtures.ROOFLINE.replace("x-label: Arithmetic intensity\n", fixedRange)
                .replace("roof: H100: h100.bf16.dense, h100.bandwidth\n", "roof: B200: b200.bf16.dense, b200.bandwidth\n"));
        assertEquals(roof200 + SeriesLayer.SPREAD / 2, lastY(withClass(alone, "path", "chart-series-1").get(0)), 0.11);
        Set<String> colours = new HashSet<>();
        for (Element p : withClass(doc, "path", "chart-series")) {
            colours.add(p.getAttribute("class"));
        }
        assertEquals(2, colours.size());
    }
}
