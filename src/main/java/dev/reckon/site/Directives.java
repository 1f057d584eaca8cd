package dev.reckon.site;

import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.markdown.MarkdownRenderer;
import java.util.List;

/** The calculation directives as the build sees them: flexmark extensions plus a per-document hook. */
public interface Directives {
    Directives NONE = new Directives() {
        @Override
        public List<Extension> extensions() {
            return List.of();
        }

        @Override
        public MarkdownRenderer.DocumentHook forDocument() {
            return MarkdownRenderer.DocumentHook.NONE;
        }
    };

    List<Extension> extensions();

    /** A fresh hook per document: each document has its own names. */
    MarkdownRenderer.DocumentHook forDocument();
}
