package dev.reckon.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.math.SharedKatex;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BreakableEquationTest {
    @Test
    void aLineBreaksBeforeEachTopLevelRelationAndNeverAfterIt() {
        assertEquals("a \\allowbreak = \\nobreak b \\allowbreak \\approx \\nobreak c", BreakableEquation.of("a = b \\approx c"));
    }

    @Test
    void relationsInsideGroupsAndTextStayAsTheyAre() {
        assertEquals("\\text{a = b} \\allowbreak = \\nobreak \\frac{x = y}{2}", BreakableEquation.of("\\text{a = b} = \\frac{x = y}{2}"));
        assertEquals("\\text{\\{} \\allowbreak = \\nobreak 1", BreakableEquation.of("\\text{\\{} = 1"),
                "an escaped brace opens no group");
    }

    @Test
    void aNumberInScientificFormIsOneGroupWhereverItIs() {
        assertEquals("{405 \\times 10^{9}}\\,\\text{parameters} \\times 4\\,\\text{bytes}",
                BreakableEquation.of("405 \\times 10^{9}\\,\\text{parameters} \\times 4\\,\\text{bytes}"));
        assertEquals("\\frac{{3{,}140 \\times 10^{21}}\\,\\text{FLOP}}{{-1.5 \\times 10^{-3}}\\,\\text{s}}",
                BreakableEquation.of("\\frac{3{,}140 \\times 10^{21}\\,\\text{FLOP}}{-1.5 \\times 10^{-3}\\,\\text{s}}"));
        assertEquals("2 \\times 3 \\allowbreak = \\nobreak 6.00", BreakableEquation.of("2 \\times 3 = 6.00"),
                "a product of numbers is no number");
    }

    @Test
    void eachSideOfTheEqualsSignsIsOneBoxAndTheApproximationStaysWithTheResult() {
        String katex = SharedKatex.get().render("\\displaystyle " + BreakableEquation.of(
                "405 \\times 10^{9}\\,\\text{parameters} \\times 4\\,\\text{bytes} = 1.62 \\times 10^{12}\\,\\text{bytes} \\approx 1.6\\,\\text{TB}"),
                false);
        Element html = Jsoup.parseBodyFragment(BreakableEquation.sides(katex)).selectFirst(".katex-html");
        assertEquals(List.of("calc-side", "calc-side"), html.children().stream().map(Element::className).toList());
        assertEquals(List.of(2, 2), html.children().stream().map(side -> side.children().size()).toList(),
                "the expression breaks after its ×, the result before its ≈, each only when it must");
        assertTrue(html.child(1).text().startsWith("=") && html.child(1).text().contains("≈"), html.child(1).text());
        var before = Jsoup.parseBodyFragment(katex);
        var after = Jsoup.parseBodyFragment(BreakableEquation.sides(katex));
        assertEquals(before.select("math").outerHtml(), after.select("math").outerHtml(), "the MathML is untouched");
        assertEquals(before.select(".base").outerHtml(), after.select(".base").outerHtml(), "the pieces are KaTeX's own");
    }
}
