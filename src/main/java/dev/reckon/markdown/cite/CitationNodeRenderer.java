package dev.reckon.markdown.cite;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.reckon.bib.BibEntry;
import dev.reckon.bib.Bibliography;
import dev.reckon.diag.DidYouMean;
import dev.reckon.markdown.page.PageContext;
import java.util.Set;

/**
 * Writes citations as links to their entries and, after the body (flexmark's {@code BODY_BOTTOM}
 * phase), the References section. Before the body ({@code BODY_TOP}) it works out what the page
 * cites ({@link Cited}), and a page that cites anything depends on its bibliography files.
 */
final class CitationNodeRenderer implements PhasedNodeRenderer {
    private final CiteExtension.Style style;
    private final Bibliography builtIn;

    CitationNodeRenderer(DataHolder options) {
        this.style = CiteExtension.STYLE.get(options);
        this.builtIn = CiteExtension.BUILT_IN.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Citation.class, this::render));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP, RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_TOP) {
            prepare(document);
        } else if (phase == RenderingPhase.BODY_BOTTOM) {
            References.write(Cited.of(document), style, html);
        }
    }

    private void prepare(Document document) {
        PageBibliography page = CiteExtension.PAGE_BIBLIOGRAPHY.get(document);
        Bibliography entries = page == null ? builtIn : builtIn.with(page.entries());
        // Only the site's and the page's own files make '@word' a citation; the built-in works are
        // citable anywhere, but '@word' that names none of them stays a word on a site without a file.
        boolean available = page != null && page.available();
        Cited.prepare(document, entries, available);
        boolean cites = false;
        for (Node node : document.getDescendants()) {
            cites |= node instanceof Citation;
        }
        if (cites && page != null) {
            // Whether '@word' is a citation depends on the files, present or not: a cached page must notice either.
            PageContext context = PageContext.KEY.get(document);
            page.files().forEach((file, fingerprint) -> context.dependsOn(CiteExtension.DEPENDENCY + file, fingerprint));
            context.report(page.problems());
        }
    }

    private void render(Citation citation, NodeRendererContext context, HtmlWriter html) {
        Cited cited = Cited.of(context.getDocument());
        if (!cited.available && !citation.isBracketed() && cited.entry(citation.items().get(0).key().toString()).isEmpty()) {
            html.text(citation.getChars()); // '@handle' on a site without a bibliography
            return;
        }
        boolean known = true;
        for (Citation.Item item : citation.items()) {
            if (cited.entry(item.key().toString()).isEmpty()) {
                unknown(item, cited, PageContext.KEY.get(context.getDocument()));
                known = false;
            }
        }
        if (!known) {
            html.text(citation.getChars());
            return;
        }
        html.attr("class", "citation").withAttr().tag("span");
        if (citation.isBracketed()) {
            writeBracketed(citation, cited, html);
        } else {
            writeInText(citation.items().get(0), cited, html);
        }
        html.closeTag("span");
    }

    private static void unknown(Citation.Item item, Cited cited, PageContext page) {
        String key = item.key().toString();
        String hint = DidYouMean.hint(key, cited.bibliography.keys(), !cited.available
                ? "this page has no bibliography: add content/references.bib, or name a file with 'bibliography:' in the front matter"
                : "add an entry @article{" + key + ", …} to the bibliography, or write \\@ for a literal @");
        page.error("unknown citation key '" + key + "'", item.key().getStartOffset(), item.key().length(), hint);
    }

    /** "(see Kaplan et al., 2020, p. 3; Hoffmann et al., 2022)" or "[1, p. 3; 2]". */
    private void writeBracketed(Citation citation, Cited cited, HtmlWriter html) {
        boolean numbered = style == CiteExtension.Style.NUMBERED;
        html.text(numbered ? "[" : "(");
        for (int i = 0; i < citation.items().size(); i++) {
            Citation.Item item = citation.items().get(i);
            BibEntry entry = cited.entry(item.key().toString()).orElseThrow();
            if (i > 0) {
                html.text(numbered ? ", " : "; ");
            }
            if (!item.prefix().isEmpty()) {
                html.text(item.prefix() + " ");
            }
            String label = numbered ? String.valueOf(cited.number(entry.key()))
                    : item.suppressAuthor() ? cited.year(entry) : entry.shortAuthors() + ", " + cited.year(entry);
            link(entry, label, html);
            if (!item.locator().isEmpty()) {
                html.text(", " + item.locator());
            }
        }
        html.text(numbered ? "]" : ")");
    }

    /** "Kaplan et al. (2020)" or "Kaplan et al. [1]": the authors are part of the sentence. */
    private void writeInText(Citation.Item item, Cited cited, HtmlWriter html) {
        BibEntry entry = cited.entry(item.key().toString()).orElseThrow();
        if (style == CiteExtension.Style.NUMBERED) {
            html.text(entry.shortAuthors() + " [");
            link(entry, String.valueOf(cited.number(entry.key())), html);
            html.text("]");
        } else {
            link(entry, entry.shortAuthors() + " (" + cited.year(entry) + ")", html);
        }
    }

    private static void link(BibEntry entry, String label, HtmlWriter html) {
        html.attr("href", "#" + References.id(entry)).attr("class", "cite").withAttr().tag("a").text(label).closeTag("a");
    }
}
