package dev.reckon.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of GitHub-flavoured Markdown that flexmark's extensions leave out:
 * <ul>
 *   <li>a code span in a table cell reads {@code \|} as {@code |} ({@link TableCellCode});</li>
 *   <li>the tag filter: in raw HTML, the opening {@code <} of {@code <title>}, {@code <textarea>},
 * {@code <style>}, {@code <xmp>}, {@code <iframe>}, {@code <noembed>}, {@code <noframes>},
 * {@code <script>} and {@code <plaintext>} (opening or closing, any letter case) is written as
 * {@code &lt;}. These tags change how a browser reads everything after them (as raw text, or as
 * script), so one in a post could swallow or run the rest of the page; published pages carry no
 * JavaScript, and this keeps it so. Everything else in raw HTML passes as flexmark writes it.</li>
 * </ul>
 */
final class GfmExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern FILTERED = Pattern.compile(
            "<(?=/?(?i:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[\\s/>]|$))");

    private GfmExtension() {
    }

    static GfmExtension create() {
        return new GfmExtension();
    }

    static String filter(String html) {
        return html.indexOf('<') < 0 ? html : FILTERED.matcher(html).replaceAll("&lt;");
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new TableCellCode.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(options -> new Renderer());
        }
    }

    /** flexmark's own rendering of raw HTML (blocks on lines of their own, inline as is), filtered. */
    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, this::renderBlock),
                    new NodeRenderingHandler<>(HtmlInline.class, this::renderInline));
        }

        private void renderBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.rawPre(filter(node.getContentChars().normalizeEOL()));
            html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
        }

        private void renderInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
            html.rawPre(filter(node.getChars().normalizeEOL()));
        }
    }
}
