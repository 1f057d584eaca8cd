package dev.reckon.markdown.cite;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.reckon.bib.Bibliography;

/**
 * Citations in pandoc's syntax over BibTeX bibliographies: {@code [@kaplan2020]},
 * {@code [@kaplan2020; @hoffmann2022]}, {@code [see @kaplan2020, p. 3]}, {@code [-@kaplan2020]} and
 * {@code @kaplan2020} in prose, each a link to its entry in the References section added at the end
 * of the page. Author–year (the default) or numbered ({@link #STYLE}). Each page gets its bibliography
 * as a document key ({@link #PAGE_BIBLIOGRAPHY}); entries in {@link #BUILT_IN} are citable on every
 * page without a BibTeX entry (the hook for the formula library's sources).
 */
public final class CiteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** How citations and the reference list are written. */
    public enum Style { AUTHOR_YEAR, NUMBERED }

    public static final DataKey<Style> STYLE = new DataKey<>("RECKON_CITATION_STYLE", Style.AUTHOR_YEAR);
    /** Works every page may cite without a BibTeX entry; a page's own entries of the same key win. */
    public static final DataKey<Bibliography> BUILT_IN = new DataKey<>("RECKON_BUILT_IN_REFERENCES", Bibliography.EMPTY);
    /** Set on each document before it renders; a page without it cites nothing. */
    public static final NullableDataKey<PageBibliography> PAGE_BIBLIOGRAPHY = new NullableDataKey<>("RECKON_PAGE_BIBLIOGRAPHY");
    /** Prefix of a citing page's dependency on one bibliography file ("bib " + its display path). */
    public static final String DEPENDENCY = "bib ";

    private CiteExtension() {
    }

    public static CiteExtension create() {
        return new CiteExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new CitationParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(CitationNodeRenderer::new);
        }
    }
}
