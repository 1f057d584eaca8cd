package dev.reckon.markdown;

import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.math.MathRenderer;
import java.util.List;

/** Extra Markdown directives for a build: flexmark extensions plus a per-document hook. */
public interface Directives {
    Directives NONE = new Directives() {
        @Override
        public List<Extension> extensions(MathRenderer math) {
            return List.of();
        }

        @Override
        public MarkdownRenderer.DocumentHook forDocument() {
            return MarkdownRenderer.DocumentHook.NONE;
        }
    };

    /** @param math the build's formula renderer, for directives that produce equations */
    List<Extension> extensions(MathRenderer math);

    /** The hook run on each document between parsing and rendering. */
    MarkdownRenderer.DocumentHook forDocument();
}
