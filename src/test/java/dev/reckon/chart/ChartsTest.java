package dev.reckon.chart;

import static dev.reckon.chart.ChartFixtures.ROOFLINE;
import static dev.reckon.chart.ChartFixtures.SCALING;
import static dev.reckon.chart.ChartFixtures.desc;
import static dev.reckon.chart.ChartFixtures.draw;
import static dev.reckon.chart.ChartFixtures.session;
import static dev.reckon.chart.ChartFixtures.specError;
import static dev.reckon.chart.ChartFixtures.texts;
import static dev.reckon.chart.ChartFixtures.withClass;
import static dev.reckon.chart.ChartFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.calc.CalcException;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import dev.reckon.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Charts drawn through the real engine and bundled data, checked as parsed XML. */
class ChartsTest {

    @Test
    void scalingCurveHasDecadeTicksWithEngineLabelsAndAccessibleText() {
        Document doc = xml(SCALING);
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("Test loss falls as a power law in parameters", doc.getElementsByTagName("title").item(0).getTextContent());
        // The axis titles, not the variable and the expression, say what is plotted.
        assertEquals("Line chart of Test loss L(N) against Parameters N from 10⁷ params to 10¹² params on a log scale: "
                + "Test loss L(N) is 3.37 at the start and 1.41 at the end.", desc(doc));
        // Six decades of ticks, every other one labelled so labels never overlap on a phone; loss ticks on the 1-2-5 ladder.
        assertEquals(List.of("10⁷ params", "10⁹ params", "10¹¹ params", "1", "2", "5", "Parameters N (params)",
                "Test loss L(N)"), texts(doc, "chart-labels"));
        assertEquals(6, withClass(doc, "g", "chart-grid").get(0).getElementsByTagName("line").getLength() - 3);
        // A single series needs no legend.
        assertEquals(List.of(), withClass(doc, "g", "chart-legend"));
    }

    @Test
    void aConstantOnARoundValueGetsADecadeEitherSideOnALogAxis() {
        // Found by MarkdownFuzzTest#directives: the data range was [1, 1], so every y coordinate was NaN.
        Document doc = xml("type: line\ntitle: T\nx: N from 3 to 11, log\ny: 1, log\n");
        assertTrue(withClass(doc, "path", "chart-series").get(0).getAttribute("d").matches("M0,110 L[0-9., L]+"));
    }

    @Test
    void curveIsSampledFromTheEngine() {
        Document doc = xml(SCALING.replace("log\nx-label", "log\nsamples: 3\nx-label"));
        String d = withClass(doc, "path", "chart-series").get(0).getAttribute("d");
        // L(10^7) = 3.37, L(10^9.5) = 2.18, L(10^12) = 1.41 on a log axis from 1 to 5 over the 220 px plot height;
        // across, the plot's nested coordinates run from 0 to 1000 over the column's width.
        assertEquals(3, d.split(" L").length, d);
        assertTrue(d.startsWith("M0,"), d);
        assertTrue(d.contains(" L500,"), d);
        assertTrue(d.endsWith(" L1000," + Svg.num(220 * (1 - Math.log10(Math.pow(88, 0.076)) / Math.log10(5)))), d);
    }

    @Test
    void rooflineMarksTheRidgePointsAndLabelsThroughputTicks() {
        Document doc = xml(ROOFLINE);
        assertEquals(List.of("1 FLOP/B", "100 FLOP/B", "10,000 FLOP/B", "10 TFLOP/s", "100 TFLOP/s", "1 PFLOP/s",
                "Arithmetic intensity (FLOP/B)", "Attainable throughput (FLOP/s)"), texts(doc, "chart-labels"));
        assertEquals(List.of("H200 ridge 206 FLOP/B", "H100 ridge 295 FLOP/B"),
                withClass(doc, "text", "chart-marker-label").stream().map(ChartFixtures::joined).toList());
        assertEquals(2, doc.getElementsByTagName("circle").getLength());
        assertEquals(List.of("H200", "H100"), texts(doc, "chart-legend"));
        assertTrue(desc(doc).contains("H200: peak 990 TFLOP/s, bandwidth 4.8 TB/s, ridge point 206 FLOP/B."), desc(doc));
        // A roof is three points: the memory slope's start, the ridge, the flat end.
        String h200 = withClass(doc, "path", "chart-series-1").get(0).getAttribute("d");
        assertEquals(3, h200.split(" L").length, h200);
    }

    @Test
    void everyChartInTheReadmeDraws() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Charts"), readme.indexOf("\n## ", readme.indexOf("## Charts") + 1));
        Matcher fence = Pattern.compile("```chart\n(.*?)```", Pattern.DOTALL).matcher(section);
        int drawn = 0;
        while (fence.find()) {
            assertTrue(draw(fence.group(1)).svg().startsWith("<svg"), fence.group(1));
            drawn++;
        }
        assertEquals(4, drawn);
    }

    @Test
    void outputIsByteIdenticalWhateverTheDefaultLocale() {
        String before = draw(ROOFLINE).svg() + draw(SCALING).svg();
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(before, draw(ROOFLINE).svg() + draw(SCALING).svg());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void samplingTheXVariableLeavesNoNameBehind() {
        Session s = session();
        Charts.render(SCALING.strip(), Origin.inline("type: line"), s);
        CalcException e = assertThrows(CalcException.class,
                () -> s.evaluate("N", Origin.inline("N")));
        assertEquals("unknown name 'N'", e.diagnostic().message());
    }

    @Test
    void unknownKeyIsReportedAtItsLineAndColumnWithTheValidKeys() {
        Diagnostic d = specError("type: line\ntitle: t\nx: N from 1 param to 2 param\n  colour: red\ny: L(N)")
                .diagnostics().get(0);
        assertEquals("unknown chart key 'colour'", d.message());
        assertEquals("post.md:13:3", d.span().location());
        assertEquals(6, d.span().length());
        assertTrue(d.hint().startsWith("valid keys are: type, title"), d.hint());
    }

    @Test
    void rangeEndsMustBeOrderedAndAgree() {
        Diagnostic empty = specError("type: line\ntitle: t\nx: N from 1e12 param to 1e7 param\ny: L(N)").diagnostics().get(0);
        assertEquals("the range is empty: 1\u00A0×\u00A010¹²\u00A0params is not below 1\u00A0×\u00A010⁷\u00A0params", empty.message());
        assertEquals("post.md:12:11", empty.span().location());
        Diagnostic mixed = specError("type: line\ntitle: t\nx: N from 1e7 param to 1 TB\ny: L(N)").diagnostics().get(0);
        assertEquals("this range end is B (information), but the axis is param (param)", mixed.message());
        assertEquals("post.md:12:24", mixed.span().location());
    }

    @Test
    void logAxisRejectsARangeThatReachesZero() {
        Diagnostic d = specError("type: line\ntitle: t\nx: N from -1 param to 1e12 param, log\ny: L(N)").diagnostics().get(0);
        assertEquals("a log axis cannot show −1\u00A0param (it needs positive values)", d.message());
        assertEquals("post.md:12:11", d.span().location());
    }

    @Test
    void specMistakesNameTheFix() {
        assertEquals("unknown chart type 'pie'", specError("type: pie\ntitle: t\nx: N from 1 to 2").getMessage());
        assertEquals("the chart has no 'title'", specError("type: line\nx: N from 1 to 2\ny: N").getMessage());
        assertEquals("the x axis needs a range", specError("type: line\ntitle: t\nx: N, log\ny: N").getMessage());
        assertEquals("'title' is given twice", specError("type: line\ntitle: t\ntitle: u\nx: N from 1 to 2\ny: N").getMessage());
        assertEquals("unknown axis option 'logarithmic'",
                specError("type: line\ntitle: t\nx: N from 1 to 2, logarithmic\ny: N").getMessage());
        assertEquals("a roof is `label: peak, bandwidth`",
                specError("type: roofline\ntitle: t\nx: I from 1 FLOP/B to 1e4 FLOP/B\nroof: H200 h200.bf16.dense").getMessage());
    }

    @Test
    void swappedRoofIsCaughtByItsDimension() {
        Diagnostic d = specError("type: roofline\ntitle: t\nx: I from 1 FLOP/B to 1e4 FLOP/B\n"
                + "roof: H200: h200.bandwidth, h200.bf16.dense").diagnostics().get(0);
        assertEquals("peak ÷ bandwidth is B/FLOP, but the x axis is FLOP/B", d.message().replaceAll(" \\([^)]*\\)", ""));
        assertEquals("post.md:13:13", d.span().location());
    }

    @Test
    void engineErrorsInsideAChartPointIntoTheExpression() {
        CalcException e = assertThrows(CalcException.class,
                () -> draw("type: line\ntitle: t\nx: N from 1e7 param to 1e12 param\ny: L(M)"));
        assertEquals("unknown name 'M'", e.diagnostic().message());
        assertEquals("post.md:13:6", e.diagnostic().span().location());
    }

    @Test
    void logYRejectsValuesItCannotShow() {
        Diagnostic d = specError("type: line\ntitle: t\nx: n from -2 to 2\ny: n, log").diagnostics().get(0);
        assertEquals("'n' is −2 at n = −2, which a log axis cannot show", d.message());
        assertEquals("post.md:13:4", d.span().location());
    }

    @Test
    void fixedUnitAndRangeOverrideTheAutomaticOnes() {
        Document doc = xml("""
                type: roofline
                title: t
                x: I from 10 FLOP/B to 1000 FLOP/B
                y: from 0 TFLOP/s to 1500 TFLOP/s, linear, unit TFLOP/s
                roof: H200: h200.bf16.dense, h200.bandwidth
                """);
        assertEquals(List.of("10 FLOP/B", "100 FLOP/B", "1,000 FLOP/B", "0 TFLOP/s", "500 TFLOP/s", "1,000 TFLOP/s",
                "1,500 TFLOP/s", "I (FLOP/B)", "Attainable throughput (TFLOP/s)"), texts(doc, "chart-labels"));
    }

    @Test
    void unitOfTheWrongDimensionIsRejectedWhereItIsWritten() {
        Diagnostic d = specError("type: line\ntitle: t\nx: N from 1e7 param to 1e12 param, unit TB\ny: L(N)")
                .diagnostics().get(0);
        assertEquals("'TB' is B (information), but the axis is param (param)", d.message());
        assertEquals("post.md:12:41", d.span().location());
    }
}
