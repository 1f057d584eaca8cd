package dev.reckon.markdown.page;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the punctuation written right after an {@link InlineFigure} on the figure's line: a full stop
 * or comma after {@code $x$} or a computed value must not start the next line. A browser may break
 * after the figure's box (KaTeX's math is a row of inline blocks), so the figure and the punctuation
 * that touches it (the run of non-space, non-letter, non-digit characters right after it, such as
 * {@code .} {@code ),} {@code ’}) become one {@link KeptTogether} node, written as
 * {@code <span class="nowrap">}; the theme gives it {@code white-space: nowrap} (and lets long math
 * inside it still break where KaTeX allows).
 */
public final class FigurePunctuationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private FigurePunctuationExtension() {
    }

    public static FigurePunctuationExtension create() {
        return new FigurePunctuationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new KeepPunctuation();
            }
        });
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new KeptTogetherRenderer());
    }

    /** Punctuation that touches the end of a figure: what follows up to the first space, letter or digit. */
    static int touchingPunctuation(BasedSequence text) {
        int end = 0;
        while (end < text.length()) {
            int c = Character.codePointAt(text, end);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isLetterOrDigit(c)) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    private static final class KeepPunctuation extends DocumentPostProcessor {
        @Override
        public Document processDocument(Document document) {
            List<Node> figures = new ArrayList<>();
            collect(document, figures);
            for (Node figure : figures) {
                if (figure.getNext() instanceof Text text) {
                    int end = touchingPunctuation(text.getChars());
                    if (end > 0) {
                        keepTogether(figure, text, end);
                    }
                }
            }
            return document;
        }

        private static void collect(Node node, List<Node> figures) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof InlineFigure figure && figure.isInline()) {
                    figures.add(child);
                } else {
                    collect(child, figures);
                }
            }
        }

        private static void keepTogether(Node figure, Text text, int end) {
            BasedSequence chars = text.getChars();
            Text punctuation = new Text(chars.subSequence(0, end));
            if (end < chars.length()) {
                text.setChars(chars.subSequence(end));
            } else {
                text.unlink();
            }
            KeptTogether together = new KeptTogether();
            figure.insertBefore(together);
            together.appendChild(figure);
            together.appendChild(punctuation);
            together.setCharsFromContent();
        }
    }

    private static final class KeptTogetherRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(KeptTogether.class, this::render));
        }

        private void render(KeptTogether node, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", "nowrap").withAttr().tag("span");
            context.renderChildren(node);
            html.closeTag("span");
        }
    }
}
