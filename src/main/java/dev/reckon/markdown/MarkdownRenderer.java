package dev.reckon.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.markdown.math.MathPlaceholders;
import dev.reckon.math.MathRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's one Markdown pipeline: a single flexmark Parser and HtmlRenderer, configured once and
 * shared by every document and thread (both are thread-safe once built).
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(MathRenderer math, List<Extension> directives) {
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListExtension.create(),
                FootnoteExtension.create(),
                AnchorLinkExtension.create(),
                TypographicExtension.create(),
                MathExtension.create(math)));
        extensions.addAll(directives);
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>")
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.CLASS_NAME, "")
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * @param file      the display path of the source, for messages
     * @param body      the Markdown (front matter already removed)
     * @param firstLine the 1-based line of the file on which {@code body} starts
     * @param fileLines the whole file's lines
     * @param prepare   per-document setup run after parsing and before rendering (directives use it
     *                  to evaluate definitions first, so values can be used before they are defined)
     */
    public RenderedMarkdown render(String file, String body, int firstLine, String[] fileLines, DocumentHook prepare) {
        RenderedMarkdown spliced = render(file, body, firstLine, fileLines, prepare, true);
        return spliced != null ? spliced : render(file, body, firstLine, fileLines, prepare, false);
    }

    /**
     * One parse and render; with placeholders, formulas skip flexmark's line writer and are spliced
     * in afterwards ({@link MathPlaceholders}). Returns null when splicing found a placeholder
     * character it did not write, so the caller renders the page again the plain way.
     */
    private RenderedMarkdown render(String file, String body, int firstLine, String[] fileLines, DocumentHook prepare,
                                    boolean placeholders) {
        PageContext context = new PageContext(file, body, firstLine, fileLines);
        Document document = parser.parse(body);
        document.set(PageContext.KEY, context);
        MathPlaceholders formulas = placeholders ? MathPlaceholders.install(document, body) : null;
        prepare.prepare(document, context);
        String html = renderer.render(document);
        if (formulas != null) {
            html = formulas.splice(html);
            if (html == null) {
                return null;
            }
        }
        return new RenderedMarkdown(html, context.hasMath(), List.copyOf(context.problems()), countWords(document));
    }

    /** Per-document preparation between parsing and rendering. */
    @FunctionalInterface
    public interface DocumentHook {
        DocumentHook NONE = (document, context) -> { };

        void prepare(Document document, PageContext context);
    }

    private static int countWords(Document document) {
        String text = new TextCollectingVisitor().collectAndGetText(document);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
