package dev.reckon.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
