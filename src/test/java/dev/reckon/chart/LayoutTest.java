package dev.reckon.chart;

import static dev.reckon.chart.ChartFixtures.elements;
import static dev.reckon.chart.ChartFixtures.withClass;
import static dev.reckon.chart.ChartFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart's geometry at several column widths, read back from the SVG: text keeps its size, and no two
 * pieces of text meet or leave the chart (judged with the same width estimates the layout uses; the
 * browser layout test measures the real glyphs).
 */
class LayoutTest {
    private static final List<Double> WIDTHS = List.of(280.0, 331.0, 576.0, 1200.0);
    static final String CROWDED = """
            type: roofline
            title: Five accelerators in dense BF16, three of them under one compute roof
            x: I from 1 FLOP/B to 10000 FLOP/B, log
            x-label: Arithmetic intensity I
            roof: H200: h200.bf16.dense, h200.bandwidth
            roof: H100: h100.bf16.dense, h100.bandwidth
            roof: H200 NVL: h200_nvl.bf16.dense, h200_nvl.bandwidth
            roof: B200: b200.bf16.dense, b200.bandwidth
            roof: MI300X: mi300x.bf16.dense, mi300x.bandwidth
            """;

    private record Box(String text, double x0, double x1, double y0, double y1) {
        boolean meets(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    @Test
    void textIsSetInCssPixelsAndTheWidthFollowsTheColumn() {
        Element svg = xml(ChartFixtures.ROOFLINE).getDocumentElement();
        assertFalse(svg.hasAttribute("viewBox"), "a viewBox would scale the text with the chart");
        assertEquals("100%", svg.getAttribute("width"));
        assertEquals("12", svg.getAttribute("font-size"));
        Element plot = withClass(xml(ChartFixtures.ROOFLINE), "svg", "chart-plot").get(0);
        assertEquals("none", plot.getAttribute("preserveAspectRatio"));
        for (Element path : elements(plot.getOwnerDocument(), "path")) {
            if (path.getAttribute("fill").equals("none")) {
                assertEquals("non-scaling-stroke", path.getAttribute("vector-effect"));
            }
        }
    }

    @Test
    void crowdedRooflineLabelsNeverMeetNorLeaveThePlot() {
        Document doc = xml(CROWDED);
        List<Element> markerLabels = withClass(doc, "text", "chart-marker-label");
        assertEquals(5, markerLabels.size(), "every ridge is labelled");
        Element plot = withClass(doc, "svg", "chart-plot").get(0);
        double top = Double.parseDouble(plot.getAttribute("y"));
        double bottom = top + Double.parseDouble(plot.getAttribute("height"));
        for (double width : WIDTHS) {
            List<Box> boxes = new ArrayList<>();
            for (Element text : elements(doc, "text")) {
                boxes.addAll(boxes(text, width));
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int k = i + 1; k < boxes.size(); k++) {
                    assertFalse(boxes.get(i).meets(boxes.get(k)), "at " + width + " px: " + boxes.get(i) + " meets " + boxes.get(k));
                }
                Box b = boxes.get(i);
                assertTrue(b.x0 >= 0 && b.x1 <= width, "at " + width + " px, outside the chart: " + b);
            }
            for (Element label : markerLabels) {
                for (Box b : boxes(label, width)) {
                    assertTrue(b.y0 >= top && b.y1 <= bottom, "at " + width + " px, outside the plot: " + b);
                }
            }
        }
    }

    @Test
    void longAxisTitlesWrapInsteadOfRunningOffAPhone() {
        Document doc = xml(ChartFixtures.SCALING.replace("x-label: Parameters N",
                "x-label: Parameters N of the model, counting embeddings and every expert of a mixture"));
        List<Element> titles = withClass(doc, "text", "chart-axis-title");
        assertEquals(4, titles.size(), "the x title takes three lines, the y title one");
        for (Element t : titles) {
            for (Box b : boxes(t, 280)) {
                assertTrue(b.x0 >= 0 && b.x1 <= 280, b.toString());
            }
        }
    }

    /** Each line of a {@code <text>} as a box at a chart {@code width} pixels wide. */
    private static List<Box> boxes(Element text, double width) {
        List<Box> out = new ArrayList<>();
        double x = position(text.getAttribute("x"), width) + number(text.getAttribute("dx"));
        double y = Double.parseDouble(text.getAttribute("y"));
        String anchor = text.getAttribute("text-anchor");
        NodeList parts = text.getChildNodes();
        for (int i = 0; i < parts.getLength(); i++) {
            if (parts.item(i) instanceof Element tspan) {
                x = position(tspan.getAttribute("x"), width) + number(tspan.getAttribute("dx"));
                y += number(tspan.getAttribute("dy"));
            }
            String line = parts.item(i).getTextContent();
            double w = TextMetrics.width(line) * (text.getAttribute("class").contains("chart-axis-title") ? 1.08 : 1);
            double left = switch (anchor) {
                case "end" -> x - w;
                case "middle" -> x - w / 2;
                default -> x;
            };
            out.add(new Box(line, left, left + w, y - TextMetrics.ASCENT, y + TextMetrics.DESCENT));
        }
        return out;
    }

    private static double position(String x, double width) {
        return x.endsWith("%") ? width * Double.parseDouble(x.substring(0, x.length() - 1)) / 100 : Double.parseDouble(x);
    }

    private static double number(String s) {
        return s.isEmpty() ? 0 : Double.parseDouble(s);
    }
}
