package dev.reckon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fonts a formula draws with, read from KaTeX's own stylesheet and checked against real KaTeX output. */
class KatexFontsTest {
    private static List<String> fonts(String tex, boolean display) {
        return List.copyOf(KatexFonts.used(SharedKatex.get().render(tex, display)));
    }

    private static String face(String name) {
        return "fonts/KaTeX_" + name + ".woff2";
    }

    @Test
    void aVariableIsMathItalicAndDigitsAndOperatorsAreMainRegular() {
        assertEquals(List.of(face("Math-Italic")), fonts("x", false));
        assertEquals(List.of(face("Main-Regular")), fonts("1 + 2", false));
    }

    @Test
    void fontCommandsPickTheirFaces() {
        assertEquals(List.of(face("Caligraphic-Regular"), face("Main-Bold"), face("Main-Regular")),
                fonts("\\mathbf{A} + \\mathcal{B}", false));
        assertEquals(List.of(face("AMS-Regular"), face("Fraktur-Regular"), face("Typewriter-Regular")),
                fonts("\\mathbb{R}\\mathfrak{g}\\mathtt{t}", false));
    }

    @Test
    void bigOperatorsAndDelimitersUseTheSizeFonts() {
        assertEquals(List.of(face("Main-Regular"), face("Math-Italic"), face("Size2-Regular")),
                fonts("\\sum_{i=1}^{n} i", true));
        assertEquals(List.of(face("Main-Regular"), face("Math-Italic"), face("Size2-Regular")),
                fonts("\\left(\\frac{a}{b}\\right)^2", true));
    }

    @Test
    void theStylesheetsRulesDecideNotATable() {
        KatexFonts css = new KatexFonts("""
                @font-face{font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(fonts/M.woff2) format("woff2")}
                @font-face{font-family:"KaTeX_Other";font-style:italic;font-weight:700;src:url(fonts/O.woff2) format("woff2")}
                .katex{font:normal 1.21em KaTeX_Main,serif}
                .katex .special{font-family:KaTeX_Other;font-style:italic}
                .katex .heavy{font-weight:700}
                """);
        String html = "<span class=\"katex\"><span class=\"katex-mathml\">m</span><span class=\"katex-html\">"
                + "<span class=\"heavy\"><span class=\"special\">s</span></span></span></span>";
        assertEquals(List.of("fonts/O.woff2"), List.copyOf(css.usedBy(html)), "the MathML half draws nothing");
        assertEquals(List.of("fonts/M.woff2"), List.copyOf(css.usedBy(html.replace("special", "plain"))),
                "a face of the family the weight lacks: the browser takes the family's other weight");
    }
}
