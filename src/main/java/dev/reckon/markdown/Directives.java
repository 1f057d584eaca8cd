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

        @Override
        public String fingerprint(String dependency) {
            return null;
        }
    };

    /** @param math the build's formula renderer, for directives that produce equations */
    List<Extension> extensions(MathRenderer math);

    /** The hook run on each document between parsing and rendering. */
    MarkdownRenderer.DocumentHook forDocument();

    /**
     * The current fingerprint of a dependency these directives recorded on a page
     * ({@link PageContext#dependsOn}) in this or an earlier build; null for a key they do not know,
     * which makes the page be rendered again.
     */
    String fingerprint(String dependency);
}
