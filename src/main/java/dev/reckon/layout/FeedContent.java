package dev.reckon.layout;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A post's HTML as feed readers need it. A feed entry is read away from the site, with no
 * stylesheet and no page around it, so:
 * <ul>
 * <li>every link and image source relative to the page or the site root is made absolute;</li>
 * <li>math is MathML only (KaTeX's HTML half, drawn for the site's stylesheet and fonts, would be
 *     shown as a second, garbled copy), keeping the TeX as its annotation; a derived equation
 *     stays a block;</li>
 * <li>heading anchors go (a bare {@code #} before every heading), and with them whatever the page
 *     hides from screen readers;</li>
 * <li>computed values are plain text with their units (not links into the page's "Figures and
 *     sources" section, which becomes one link to the page's), and the spans that only served the page's
 *     layout are unwrapped; charts stay inline SVG with their title, drawn in {@code currentColor}.</li>
 * </ul>
 */
final class FeedContent {
    private static final String[][] URL_ATTRIBUTES = {
            {"a[href]", "href"}, {"img[src]", "src"}, {"source[src]", "src"}, {"video[src]", "src"},
            {"video[poster]", "poster"}, {"audio[src]", "src"}, {"object[data]", "data"}};

    private FeedContent() {
    }

    /** @param pageUrl the absolute URL of the post, against which relative URLs resolve */
    static String of(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        withoutSources(doc);
        absolute(doc);
        mathMlOnly(doc);
        doc.select("a.anchor, span[aria-hidden=true]").remove();
        doc.select("span.calc-value, span.nowrap").forEach(Element::unwrap);
        return doc.body().html();
    }

    private static void absolute(Document doc) {
        for (String[] selector : URL_ATTRIBUTES) {
            for (Element element : doc.select(selector[0])) {
                String url = element.absUrl(selector[1]);
                if (!url.isEmpty()) {
                    element.attr(selector[1], url);
                }
            }
        }
    }

    /** Each KaTeX formula becomes its {@code <math>} element; one set as a block (display math, a derived equation) says so. */
    private static void mathMlOnly(Document doc) {
        for (Element katex : doc.select("span.katex")) {
            Element math = katex.selectFirst("math");
            if (math == null) {
                katex.remove();
                continue;
            }
            if (katex.parent() != null && katex.parent().is("div.calc-equation, .katex-display")) {
                math.attr("display", "block");
            }
            katex.replaceWith(math);
        }
        doc.select("span.katex-display, div.calc-equation, span.calc-equation").forEach(Element::unwrap);
    }

    /**
     * A feed entry carries computed numbers as plain text and, instead of the post's "Figures and
     * sources" section, one plain link to it on the site: the section's links lead into the page.
     */
    private static void withoutSources(Document doc) {
        doc.select("a.calc-value").unwrap();
        doc.select("p.calc-sources-link").remove();
        Element section = doc.getElementById("figure-sources");
        if (section != null) {
            Element link = new Element("p").appendChild(new Element("a").attr("href", "#figure-sources").text("Figures and sources"));
            section.replaceWith(link);
        }
    }
}
