package dev.reckon.check;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.diag.SourceSpan;
import dev.reckon.markdown.page.PageContext;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Links and images written as raw HTML in Markdown ({@code <img src="…">}, {@code <a href="…">}):
 * they break and lack alt text as easily as Markdown ones. Parsed by jsoup with source positions,
 * so each is reported at its attribute in the Markdown file.
 */
final class RawHtml {
    private RawHtml() {
    }

    static void links(BasedSequence html, PageContext context, List<PageFacts.LinkUse> links) {
        if (html.indexOf('<') < 0) {
            return;
        }
        Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(html.toString(), "");
        for (Element element : parsed.select("img, a[href]")) {
            boolean image = element.nameIs("img");
            String attribute = image ? "src" : "href";
            int at = html.getStartOffset() + position(element, attribute);
            SourceSpan span = context.spanAt(at, Math.max(1, element.attr(attribute).length()));
            String url = element.hasAttr(attribute) ? element.attr(attribute) : null;
            String alt = image && element.hasAttr("alt") ? element.attr("alt") : null;
            links.add(new PageFacts.LinkUse(image ? PageFacts.Kind.HTML_IMAGE : PageFacts.Kind.LINK, url, span,
                    context.lineText(span.line()), alt));
        }
    }

    /** Where the attribute's value starts in the parsed text, else where the element starts. */
    private static int position(Element element, String attribute) {
        Range value = element.attributes().sourceRange(attribute).valueRange();
        return value.isTracked() ? value.startPos() : Math.max(0, element.sourceRange().startPos());
    }
}
