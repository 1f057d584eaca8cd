package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholders for formulas cannot be forged by page text or by text a directive adds. */
class MathPlaceholdersTest {
    private static final String FORGED = "\uE0000\uE001";
    private static final MarkdownRenderer MARKDOWN =
            new MarkdownRenderer(new MutableDataSet().set(MathExtension.RENDERER, SharedKatex.get()));
    /** As a directive would: adds text to the first paragraph after parsing. */
    private static final MarkdownRenderer INJECTING = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get())
            .set(Parser.EXTENSIONS, List.of(new ForgingExtension())));

    private static String render(String markdown) {
        return render(MARKDOWN, markdown);
    }

    private static String render(MarkdownRenderer renderer, String markdown) {
        return renderer.render("post.md", markdown, 1, markdown.split("\n", -1)).html();
    }

    private static int count(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void formulasAreSplicedInPlaceAndInOrder() {
        String html = render("a $x_1$ b $y_2$ c");
        assertTrue(html.indexOf(">x_1</annotation>") < html.indexOf(">y_2</annotation>"), html);
        assertTrue(html.startsWith("<p>a <span class=\"katex\">") && html.endsWith("</span> c</p>\n"), html);
        assertEquals(-1, html.indexOf('\uE000'), html);
    }

    @Test
    void placeholderWrittenInTheSourceStaysText() {
        String html = render("see " + FORGED + " and $x_1$");
        assertTrue(html.startsWith("<p>see " + FORGED + " and <span class=\"katex\">"), html);
        assertEquals(1, count(html, ">x_1</annotation>"), html);
    }

    @Test
    void placeholderAddedAfterParsingStaysText() {
        // A directive's output is not in the Markdown source; the splice must still notice it.
        String html = render(INJECTING, "$x_1$ and");
        assertTrue(html.endsWith(" and" + FORGED + "</p>\n"), html);
        assertEquals(1, count(html, ">x_1</annotation>"), html);
    }

    private static final class ForgingExtension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder parserBuilder) {
            parserBuilder.postProcessorFactory(new DocumentPostProcessorFactory() {
                @Override
                public DocumentPostProcessor apply(Document document) {
                    return new DocumentPostProcessor() {
                        @Override
                        public Document processDocument(Document document) {
                            ((Paragraph) document.getFirstChild()).appendChild(new Text(BasedSequence.of(FORGED)));
                            return document;
                        }
                    };
                }
            });
        }
    }
}
