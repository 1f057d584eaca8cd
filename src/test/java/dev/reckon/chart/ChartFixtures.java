package dev.reckon.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reckon.calc.Calculator;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import dev.reckon.data.DataSetLoader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Charts drawn through the real engine and bundled data, read back as parsed XML. */
final class ChartFixtures {
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

    private ChartFixtures() {
    }

    static Session session() {
        Session s = CALCULATOR.newSession();
        s.runBlock("L(N) = (8.8e13 param / N)^0.076", Origin.of("post.md", 3, 1, "L(N) = (8.8e13 param / N)^0.076"));
        return s;
    }

    static Charts.Chart draw(String spec) {
        return Charts.render(spec.strip(), Origin.of("post.md", 10, 1, spec.lines().findFirst().orElse("")), session());
    }

    static Document xml(String spec) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(draw(spec).svg())));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of every {@code <text>} inside groups of the class, tspans joined by a space. */
    static List<String> texts(Document doc, String groupClass) {
        List<String> out = new ArrayList<>();
        for (Element g : elements(doc, "g")) {
            if (g.getAttribute("class").equals(groupClass)) {
                NodeList t = g.getElementsByTagName("text");
                for (int k = 0; k < t.getLength(); k++) {
                    out.add(joined((Element) t.item(k)));
                }
            }
        }
        return out;
    }

    static String joined(Element text) {
        StringBuilder out = new StringBuilder();
        NodeList children = text.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            out.append(out.isEmpty() ? "" : " ").append(children.item(i).getTextContent());
        }
        return plain(out.toString());
    }

    /** Chart text as words: the engine's no-break spaces (a figure never breaks) read as spaces. */
    static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    static List<Element> elements(Document doc, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    static List<Element> withClass(Document doc, String tag, String className) {
        return elements(doc, tag).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(className)).toList();
    }

    static String desc(Document doc) {
        return plain(doc.getElementsByTagName("desc").item(0).getTextContent());
    }

    static ChartException specError(String spec) {
        return assertThrows(ChartException.class, () -> draw(spec));
    }
}
