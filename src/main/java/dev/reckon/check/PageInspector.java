package dev.reckon.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.content.Page;
import dev.reckon.diag.SourceSpan;
import dev.reckon.markdown.page.PageContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one page's flexmark AST (the very tree the build renders) and records links, images and
 * figures typed into prose, with source positions taken from the nodes' offsets.
 */
final class PageInspector {
    private final HandTypedFigures figures;

    PageInspector(HandTypedFigures figures) {
        this.figures = figures;
    }

    PageFacts inspect(Page page, Document document, PageContext context) {
        List<PageFacts.LinkUse> links = new ArrayList<>();
        List<PageFacts.FigureUse> found = new ArrayList<>();
        walk(document, context, links, found);
        return new PageFacts(page, List.copyOf(links), List.copyOf(found));
    }

    private void walk(Node node, PageContext context, List<PageFacts.LinkUse> links, List<PageFacts.FigureUse> found) {
        if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            RawHtml.links(node.getChars(), context, links);
            return;
        }
        if (isOpaque(node)) {
            return;
        }
        switch (node) {
            case Image image -> links.add(link(PageFacts.Kind.IMAGE, image, image.getText().toString(), context));
            case Link link -> links.add(link(PageFacts.Kind.LINK, link, null, context));
            case Reference reference -> links.add(link(PageFacts.Kind.REFERENCE, reference, null, context));
            case ImageRef ref when ref.getText().isBlank() ->
                    links.add(new PageFacts.LinkUse(PageFacts.Kind.IMAGE, null, span(context, ref.getChars()),
                            lineText(context, ref.getChars()), ""));
            case MailLink mail -> { }
            case LinkNodeBase other -> links.add(link(PageFacts.Kind.LINK, other, null, context));
            default -> { }
        }
        // Prose is read in runs of text and entities, so "141&nbsp;GB" is one figure, as a reader sees it.
        TextRun run = new TextRun();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof HtmlEntity) {
                run.add(child);
            } else {
                findFigures(run, context, found);
                run = new TextRun();
                walk(child, context, links, found);
            }
        }
        findFigures(run, context, found);
    }

    private void findFigures(TextRun run, PageContext context, List<PageFacts.FigureUse> found) {
        if (run.isEmpty()) {
            return;
        }
        for (HandTypedFigures.Figure f : figures.find(run.text(), run.paragraph())) {
            SourceSpan span = context.spanAt(run.sourceStart(f.start()), run.sourceEnd(f.end()) - run.sourceStart(f.start()));
            found.add(new PageFacts.FigureUse(f, span, context.lineText(span.line())));
        }
    }

    /**
     * Code, HTML and nodes of extensions outside flexmark (math, directives' own nodes) never hold prose:
     * their text is not what the reader sees as a sentence.
     */
    private static boolean isOpaque(Node node) {
        return node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof HtmlBlock || node instanceof HtmlInline
                || !node.getClass().getName().startsWith("com.vladsch.flexmark.");
    }

    private static PageFacts.LinkUse link(PageFacts.Kind kind, LinkNodeBase node, String alt, PageContext context) {
        BasedSequence url = node.getUrl();
        BasedSequence where = url.isEmpty() ? node.getChars() : url;
        return new PageFacts.LinkUse(kind, url.toString(), span(context, where), lineText(context, where), alt);
    }

    private static SourceSpan span(PageContext context, BasedSequence chars) {
        return context.spanAt(chars.getStartOffset(), chars.length());
    }

    private static String lineText(PageContext context, BasedSequence chars) {
        return context.lineText(span(context, chars).line());
    }
}
