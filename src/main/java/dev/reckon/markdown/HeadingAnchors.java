package dev.reckon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodePostProcessor;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.reckon.markdown.math.InlineMath;
import java.util.Set;

/**
 * Heading anchors a reader can use: flexmark's {@link AnchorLink} moved after the heading's text, so a
 * focused anchor never sits off the left edge of a phone's screen, and named for screen readers
 * ("Link to section: …"), since its only visible content, the {@code #}, is hidden from them.
 */
final class HeadingAnchors implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    static final String LABEL = "Link to section: ";

    private HeadingAnchors() {
    }

    static HeadingAnchors create() {
        return new HeadingAnchors();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return Set.of(AnchorLinkNodePostProcessor.Factory.class);
            }

            @Override
            public DocumentPostProcessor apply(Document document) {
                return new AnchorsLast();
            }
        });
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return HeadingAnchors::name;
            }
        });
    }

    private static void name(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink && node.getParent() instanceof Heading heading) {
            attributes.replaceValue("aria-label", LABEL + text(heading).replaceAll("\\s+", " ").strip());
        }
    }

    /** The heading as words: its text and code, and the TeX of its math (flexmark's text collector skips math). */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof InlineMath math) {
                out.append(math.getText());
            } else if (child instanceof Text || child instanceof Code) {
                out.append(child instanceof Code code ? code.getText() : child.getChars());
            } else {
                out.append(text(child));
            }
        }
        return out.toString();
    }

    private static final class AnchorsLast extends DocumentPostProcessor {
        @Override
        public Document processDocument(Document document) {
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading && heading.getFirstChild() instanceof AnchorLink anchor
                        && anchor.getNext() != null) {
                    heading.appendChild(anchor);
                }
            }
            return document;
        }
    }
}
