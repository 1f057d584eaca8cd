package dev.reckon.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.calc.Calculator;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.Diagnostic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Charts drawn through the real engine and bundled data, checked as parsed XML. */
class ChartsTest {
    private static final Calculator CALCULATOR = new Calculator(DataSetLoader.bundled());
    static final String SCALING = """
            type: line
            title: Test loss falls as a power law in parameters
            x: N from 1e7 param to 1e12 param, log
            y: L(N), log
            x-label: Parameters N
            y-label: Test loss L(N)
            """;
    static final String ROOFLINE = """
            type: roofline
            title: Roofline of the H200 and H100 (dense BF16)
            x: I from 1 FLOP/B to 10000 FLOP/B, log
            x-label: Arithmetic intensity
            roof: H200: h200.bf16.dense, h200.bandwidth
            roof: H100: h100.bf16.dense, h100.bandwidth
            """;

    private static Session session() {
        Session s = CALCULATOR.newSession();
        s.runBlock("L(N) = (8.8e13 param / N)^0.076", Origin.of("post.md", 3, 1, "L(N) = (8.8e13 param / N)^0.076"));
        return s;
    }

    static Charts.Chart draw(String spec) {
        return Charts.render(spec.strip(), Origin.of("post.md", 10, 1, spec.lines().findFirst().orElse("")), session());
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** A chart's texts with the engine's no-break spaces (figures never break) read as spaces. */
    private static String plain(org.w3c.dom.Node node) {
        return node.getTextContent().replace('\u00A0', ' ');
    }

    private static List<String> texts(Document doc, String className) {
        List<String> out = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals(className)) {
                NodeList t = g.getElementsByTagName("text");
                for (int k = 0; k < t.getLength(); k++) {
                    out.add(plain(t.item(k)));
                }
            }
        }
        return out;
    }

    private static ChartException specError(String spec) {
        return assertThrows(ChartException.class, () -> draw(spec));
    }

    private static Element root(Document doc) {
        return doc.getDocumentElement();
    }

    @Test
    void scalingCurveHasDecadeTicksWithEngineLabelsAndAccessibleText() throws Exception {
        Document doc = xml(draw(SCALING).svg());
        Element svg = root(doc);
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("0 0 480 310", svg.getAttribute("viewBox"));
        assertEquals("Test loss falls as a power law in parameters", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Line chart of L(N) against N from 10⁷ params to 10¹² params on a log scale: "
                + "L(N) is 3.37 at the start and 1.41 at the end.", plain(doc.getElementsByTagName("desc").item(0)));
        // Six decades of ticks, every other one labelled so labels never overlap; loss ticks on the 1-2-5 ladder.
        assertEquals(List.of("10⁷ params", "10⁹ params", "10¹¹ params", "1", "2", "5", "Parameters N (params)",
                "Test loss L(N)"), texts(doc, "chart-labels"));
        assertEquals(6, ((Element) doc.getElementsByTagName("g").item(0)).getElementsByTagName("line").getLength() - 3);
    }

    @Test
    void aConstantOnARoundValueGetsADecadeEitherSideOnALogAxis() throws Exception {
        // Found by MarkdownFuzzTest#directives: the data range was [1, 1], so every y coordinate was NaN.
        Document doc = xml(draw("type: line\ntitle: T\nx: N from 3 to 11, log\ny: 1, log\n").svg());
        assertTrue(doc.getElementsByTagName("path").getLength() > 0);
    }

    @Test
    void curveIsSampledFromTheEngine() throws Exception {
        Document doc = xml(draw(SCALING.replace("log\nx-label", "log\nsamples: 3\nx-label")).svg());
        String d = ((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        // L(10^7) = 3.37, L(10^9.5) = 2.18, L(10^12) = 1.41 on a log axis from 1 to 5 over the 238 px plot height.
        assertEquals(3, d.split(" L").length, d);
        assertTrue(d.startsWith("M0,"), d);
        assertTrue(d.endsWith("," + Svg.num(238 * (1 - Math.log10(Math.pow(88, 0.076)) / Math.log10(5)))), d);
    }

    @Test
    void rooflineMarksTheRidgePointsAndLabelsThroughputTicks() throws Exception {
        Document doc = xml(draw(ROOFLINE).svg());
        List<String> labels = texts(doc, "chart-labels");
        assertEquals(List.of("1 FLOP/B", "100 FLOP/B", "10,000 FLOP/B", "10 TFLOP/s", "100 TFLOP/s", "1 PFLOP/s",
                "Arithmetic intensity (FLOP/B)", "Attainable throughput (FLOP/s)"), labels);
        NodeList texts = doc.getElementsByTagName("text");
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("chart-marker-label")) {
                markers.add(plain(t));
            }
        }
        assertEquals(List.of("H200 ridge 206 FLOP/B", "H100 ridge 295 FLOP/B"), markers);
        assertEquals(2, doc.getElementsByTagName("circle").getLength());
        assertEquals(List.of("H200", "H100"), texts(doc, "chart-legend"));
        assertTrue(plain(doc.getElementsByTagName("desc").item(0))
                .contains("H200: peak 990 TFLOP/s, bandwidth 4.80 TB/s, ridge point 206 FLOP/B."));
        // A roof is three points: the memory slope's start, the ridge, the flat end.
        String h200 = ((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        assertEquals(3, h200.split(" L").length, h200);
    }

    @Test
    void outputIsByteIdenticalWhateverTheDefaultLocale() {
        String before = draw(ROOFLINE).svg() + draw(SCALING).svg();
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals(before, draw(ROOFLINE).svg() + draw(SCALING).svg());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void samplingTheXVariableLeavesNoNameBehind() {
        Session s = session();
        Charts.render(SCALING.strip(), Origin.inline("type: line"), s);
        dev.reckon.calc.CalcException e = assertThrows(dev.reckon.calc.CalcException.class,
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
        assertEquals("the range is empty: 1.00\u00A0×\u00A010¹²\u00A0params is not below 1.00\u00A0×\u00A010⁷\u00A0params", empty.message());
        assertEquals("post.md:12:11", empty.span().location());
        Diagnostic mixed = specError("type: line\ntitle: t\nx: N from 1e7 param to 1 TB\ny: L(N)").diagnostics().get(0);
        assertEquals("this range end is B (information), but the axis is param (param)", mixed.message());
        assertEquals("post.md:12:24", mixed.span().location());
    }

    @Test
    void logAxisRejectsARangeThatReachesZero() {
        Diagnostic d = specError("type: line\ntitle: t\nx: N from -1 param to 1e12 param, log\ny: L(N)").diagnostics().get(0);
        assertEquals("a log axis cannot show −1.00\u00A0params (it needs positive values)", d.message());
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
        dev.reckon.calc.CalcException e = assertThrows(dev.reckon.calc.CalcException.class,
                () -> draw("type: line\ntitle: t\nx: N from 1e7 param to 1e12 param\ny: L(M)"));
        assertEquals("unknown name 'M'", e.diagnostic().message());
        assertEquals("post.md:13:6", e.diagnostic().span().location());
    }

    @Test
    void logYRejectsValuesItCannotShow() {
        Diagnostic d = specError("type: line\ntitle: t\nx: n from -2 to 2\ny: n, log").diagnostics().get(0);
        assertEquals("'n' is −2.00 at n = −2.00, which a log axis cannot show", d.message());
        assertEquals("post.md:13:4", d.span().location());
    }

    @Test
    void fixedUnitAndRangeOverrideTheAutomaticOnes() throws Exception {
        Document doc = xml(draw("""
                type: roofline
                title: t
                x: I from 10 FLOP/B to 1000 FLOP/B
                y: from 0 TFLOP/s to 1500 TFLOP/s, linear, unit TFLOP/s
                roof: H200: h200.bf16.dense, h200.bandwidth
                """).svg());
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
