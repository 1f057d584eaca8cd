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

    private static List<String> texts(Document doc, String className) {
        List<String> out = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals(className)) {
                NodeList t = g.getElementsByTagName("text");
                for (int k = 0; k < t.getLength(); k++) {
                    out.add(t.item(k).getTextContent());
                }
            }
        }
        return out;
    }

    @Test
    void print() throws Exception {
        System.out.println(draw(SCALING).svg());
        System.out.println(draw(ROOFLINE).svg());
    }
}
