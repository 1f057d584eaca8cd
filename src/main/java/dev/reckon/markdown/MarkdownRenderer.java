package dev.reckon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
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
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.DataSet;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.cite.CiteExtension;
import dev.reckon.markdown.highlight.HighlightExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.markdown.math.MathPlaceholders;
import dev.reckon.markdown.page.FigurePunctuationExtension;
import dev.reckon.markdown.page.PageContext;
import dev.reckon.markdown.xref.CrossRefExtension;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's one Markdown pipeline: a single flexmark Parser and HtmlRenderer, configured once and
 * shared by every document and thread (both are thread-safe once built), with flexmark's extensions
 * and Reckon's own (math, the calculation directives, code highlighting).
 */
public final class MarkdownRenderer {
    /** Deeper than any real article nests; far below what overflows a thread's stack while rendering. */
    static final int MAX_DEPTH = 100;
    /** Escapes allowed in an unclosed '[' (see {@link #exponentialLinkLabel}); 2^16 steps take milliseconds. */
    static final int MAX_LABEL_ESCAPES = 16;
    /** Per page: whether it ends with its "Figures and sources" section (front matter and site.yaml decide). */
    public static final DataKey<Boolean> FIGURE_SOURCES = new DataKey<>("FIGURE_SOURCES", true);

    private final Parser parser;
    private final HtmlRenderer renderer;

    /**
     * @param options what Reckon's extensions work with, as their data keys:
     *                {@link MathExtension#RENDERER} (required), {@link CalcExtension#CALCULATOR} and
     *                {@link HighlightExtension#HIGHLIGHTER} (each extension does nothing without its
     *                key); and in {@link Parser#EXTENSIONS} any further extensions (the checker's)
     */
    public MarkdownRenderer(DataHolder options) {
        List<Extension> all = new ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListExtension.create(),
                FootnoteExtension.create(),
                AnchorLinkExtension.create(),
                HeadingAnchors.create(),
                TypographicExtension.create(),
                GfmExtension.create(),
                // Math and the directives make their fences nodes of their own, so highlighting
                // only ever sees plain code, whatever the order.
                MathExtension.create(),
                CalcExtension.create(),
                HighlightExtension.create(),
                CiteExtension.create(),
                FigurePunctuationExtension.create(),
                // Last: flexmark lets the last registered renderer of a node wrap the earlier ones,
                // and this one frames the tables and equations of those above.
                CrossRefExtension.create()));
        all.addAll(Parser.EXTENSIONS.get(options));
        DataHolder merged = new MutableDataSet(options)
                .set(Parser.EXTENSIONS, all)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // CommonMark's rendering of link destinations: `foo\bar` -> foo%5Cbar, `/föö` -> /f%C3%B6%C3%B6.
                .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>")
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.CLASS_NAME, "")
                .toImmutable();
        this.parser = Parser.builder(merged).build();
        this.renderer = HtmlRenderer.builder(merged).build();
    }

    /**
     * @param file      the display path of the source, for messages
     * @param body      the Markdown (front matter already removed)
     * @param firstLine the 1-based line of the file on which {@code body} starts
     * @param fileLines the whole file's lines
     */
    public RenderedMarkdown render(String file, String body, int firstLine, String[] fileLines) {
        return render(file, body, firstLine, fileLines, DataSet.NULL);
    }

    /**
     * @param page what this page alone gives the extensions, as document keys (its bibliography:
     *             {@link CiteExtension#PAGE_BIBLIOGRAPHY}; whether it ends with its "Figures and
     *             sources" section and links each computed number there: {@link #FIGURE_SOURCES})
     */
    public RenderedMarkdown render(String file, String body, int firstLine, String[] fileLines, DataHolder page) {
        RenderedMarkdown spliced = render(file, body, firstLine, fileLines, page, true);
        return spliced != null ? spliced : render(file, body, firstLine, fileLines, page, false);
    }

    /**
     * One parse and render; with placeholders, formulas skip flexmark's line writer and are spliced
     * in afterwards ({@link MathPlaceholders}). Returns null when splicing found a placeholder
     * character it did not write, so the caller renders the page again the plain way.
     */
    private RenderedMarkdown render(String file, String body, int firstLine, String[] fileLines, DataHolder page,
            boolean placeholders) {
        PageContext context = new PageContext(file, body, firstLine, fileLines);
        context.figureSources(FIGURE_SOURCES.get(page));
        try {
            return render(body, context, page, placeholders);
        } catch (StackOverflowError e) {
            // flexmark parses and renders some constructs recursively (and its regular expressions
            // recurse too); the depth check below catches most, this the rest. Only this page's
            // local state is lost, so the build goes on to report every other page's problems.
            context.error("Markdown nested too deeply to render", 0, 1,
                    "flatten deeply nested lists, quotes, brackets or emphasis in this page");
            return RenderedMarkdown.failed(context);
        }
    }

    private RenderedMarkdown render(String body, PageContext context, DataHolder page, boolean placeholders) {
        int slowLabel = exponentialLinkLabel(body);
        if (slowLabel >= 0) {
            context.error("a '[' followed by more than " + MAX_LABEL_ESCAPES + " backslash escapes and no ']'",
                    slowLabel, 1, "close the bracket, or write it as \\[ so it is not read as a link label");
            return RenderedMarkdown.failed(context);
        }
        Document document = parser.parse(body);
        Node tooDeep = deeperThan(document, MAX_DEPTH);
        if (tooDeep != null) {
            // flexmark renders recursively: a thousand nested quotes or lists would overflow the stack.
            context.error("Markdown nested deeper than " + MAX_DEPTH + " levels", tooDeep.getStartOffset(), 1,
                    "flatten the nesting of quotes, lists or emphasis here");
            return RenderedMarkdown.failed(context);
        }
        document.setAll(page);
        document.set(PageContext.KEY, context);
        MathPlaceholders formulas = placeholders ? MathPlaceholders.install(document, body) : null;
        String html = renderer.render(document);
        if (formulas != null) {
            html = formulas.splice(html);
            if (html == null) {
                return null;
            }
        }
        return new RenderedMarkdown(html, context.hasMath(), List.copyOf(context.mathFonts()), List.copyOf(context.problems()),
                countWords(document), context.dependencies(), context.figures());
    }

    /**
     * flexmark 0.64.8 matches link labels with a regular expression in which a backslash escape can
     * be read two ways, so an unclosed {@code [} followed by many escapes takes time exponential in
     * their number (40 would take days; found by MarkdownFuzzTest). Returns the offset of such a
     * bracket, or -1. A label ends at ']', at a blank line, or after flexmark's 999 characters.
     */
    static int exponentialLinkLabel(String body) {
        for (int open = body.indexOf('['); open >= 0; open = body.indexOf('[', open + 1)) {
            int escapes = 0;
            boolean closed = false;
            int end = Math.min(body.length(), open + 1001);
            for (int i = open + 1; i < end && !closed; i++) {
                char c = body.charAt(i);
                if (c == ']') {
                    closed = true;
                } else if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    break;
                } else if (c == '\\' && i + 1 < end) {
                    i++;
                    escapes++;
                }
            }
            if (!closed && escapes > MAX_LABEL_ESCAPES) {
                return open;
            }
        }
        return -1;
    }

    /** The first node nested more than {@code limit} levels deep, found without recursion; or null. */
    private static Node deeperThan(Document document, int limit) {
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return node;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    /**
     * Words of prose and inline code, node by node. flexmark's TextCollectingVisitor joins segments
     * into one sequence and trips its own length assertion on some mixes of escapes and math (a
     * fuzzing find), so each text node is counted on its own.
     */
    private static int countWords(Document document) {
        int words = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof Text || node instanceof Code) {
                words += countWords(node.getChars());
            }
        }
        return words;
    }

    private static int countWords(CharSequence text) {
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
