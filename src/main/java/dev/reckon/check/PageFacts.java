package dev.reckon.check;

import dev.reckon.content.Page;
import dev.reckon.diag.SourceSpan;
import java.util.List;

/**
 * What one page's Markdown holds that the checks look at, each positioned in the source file.
 *
 * @param links   links, images and reference definitions, in document order
 * @param figures numbers with units typed into prose
 */
record PageFacts(Page page, List<LinkUse> links, List<FigureUse> figures) {

    /** {@code HTML_IMAGE}: an {@code <img>} written as raw HTML, where {@code alt=""} marks a decorative image. */
    enum Kind { LINK, IMAGE, HTML_IMAGE, REFERENCE }

    /** @param alt the image's alt text (null for links, and for a raw-HTML image without an alt attribute) */
    record LinkUse(Kind kind, String url, SourceSpan span, String lineText, String alt) {
    }

    record FigureUse(HandTypedFigures.Figure figure, SourceSpan span, String lineText) {
    }
}
