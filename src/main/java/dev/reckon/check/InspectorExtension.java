package dev.reckon.check;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.reckon.content.Page;
import dev.reckon.markdown.page.PageContext;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Shows the {@link PageInspector} each page's flexmark AST, the very tree the build renders, just
 * before its body renders (flexmark's {@code BODY_TOP} phase: the first point at which the page's
 * {@link PageContext}, and with it every source position, is on the document).
 */
final class InspectorExtension implements HtmlRenderer.HtmlRendererExtension {
    private final Map<String, Page> pagesByFile;
    private final PageInspector inspector;
    private final Queue<PageFacts> facts;

    /** @param pagesByFile the site's pages by display path; documents of other files are not inspected */
    InspectorExtension(Map<String, Page> pagesByFile, PageInspector inspector, Queue<PageFacts> facts) {
        this.pagesByFile = pagesByFile;
        this.inspector = inspector;
        this.facts = facts;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(options -> new Inspection());
        }
    }

    private final class Inspection implements PhasedNodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of();
        }

        @Override
        public Set<RenderingPhase> getRenderingPhases() {
            return Set.of(RenderingPhase.BODY_TOP);
        }

        @Override
        public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
            PageContext page = PageContext.KEY.get(document);
            Page source = pagesByFile.get(page.file());
            if (source != null) {
                facts.add(inspector.inspect(source, document, page));
            }
        }
    }
}
