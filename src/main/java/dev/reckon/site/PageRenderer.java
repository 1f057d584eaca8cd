package dev.reckon.site;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.content.Page;
import dev.reckon.files.DiskCache;
import dev.reckon.files.Sha256;
import dev.reckon.highlight.CachedHighlighter;
import dev.reckon.highlight.PrismHighlighter;
import dev.reckon.js.JsEngine;
import dev.reckon.layout.RenderedPage;
import dev.reckon.markdown.MarkdownRenderer;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.highlight.HighlightExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.CachingMathRenderer;
import dev.reckon.math.KatexRenderer;
import dev.reckon.output.BuildStamp;
import dev.reckon.output.PageCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The render phase: pages' Markdown through one flexmark setup with math (KaTeX behind the formula
 * cache), highlighted code (Prism behind the code cache) and the directives, in parallel, reusing
 * unchanged pages when there is a page cache. The JavaScript engine KaTeX and Prism share is
 * started only when a formula or code block misses its cache. Closing it bounds the caches.
 */
final class PageRenderer implements AutoCloseable {
    private final DiskCache mathCache;
    private final DiskCache codeCache;
    private final CachingMathRenderer math;
    /** This build's page cache, or null to render every page. */
    private final PageCache.Session pages;
    private final PrismHighlighter code;
    private final MarkdownRenderer markdown;
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * @param js        the JavaScript engine Prism runs on (KaTeX's too)
     * @param pageCache unchanged pages to reuse, or null to render every page
     * @param remember  keep this build's pages in memory for the next build of the same builder ({@code serve})
     */
    PageRenderer(LoadedSite site, JsEngine js, Supplier<KatexRenderer> katex, PageCache pageCache, boolean remember) {
        Path root = site.root();
        this.mathCache = new DiskCache(root.resolve(SiteBuilder.MATH_CACHE), KatexRenderer.fingerprint(),
                DiskCache.DEFAULT_MAX_BYTES);
        this.math = new CachingMathRenderer(once(katex)::get, mathCache);
        this.codeCache = new DiskCache(root.resolve(SiteBuilder.CODE_CACHE), PrismHighlighter.fingerprint(),
                DiskCache.DEFAULT_MAX_BYTES / 4);
        this.pages = pageCache == null ? null : pageCache.begin(root, everyPageReads(root),
                dependency -> CalcExtension.fingerprint(site.calculator(), dependency), remember);
        this.code = new PrismHighlighter(js);
        this.markdown = new MarkdownRenderer(new MutableDataSet()
                .set(MathExtension.RENDERER, math)
                .set(CalcExtension.CALCULATOR, site.calculator())
                .set(HighlightExtension.HIGHLIGHTER, new CachedHighlighter(code, codeCache))
                .set(Parser.EXTENSIONS, site.extensions()));
    }

    /** The standalone pages and the home page's own content, each rendered. */
    RenderedPages renderPages(LoadedSite site) {
        List<RenderedPage> standalone = render(site.published().pages());
        Page home = site.content().home();
        return new RenderedPages(standalone, home == null ? null : render(List.of(home)).get(0));
    }

    private List<RenderedPage> render(List<Page> pages) {
        // Parallel over pages; toList() keeps source order, so output does not depend on scheduling.
        return pages.parallelStream()
                .map(page -> new RenderedPage(page, render(page)))
                .toList();
    }

    /** One page's Markdown, from the page cache when unchanged; safe to call from several threads. */
    RenderedMarkdown render(Page page) {
        return pages == null ? renderNow(page) : pages.render(page, () -> renderNow(page));
    }

    private RenderedMarkdown renderNow(Page page) {
        rendered.incrementAndGet();
        return markdown.render(page.source().displayPath(), page.body(), page.bodyFirstLine(),
                page.source().lines());
    }

    int rendered() {
        return rendered.get();
    }

    int reused() {
        return pages == null ? 0 : pages.reused();
    }

    int formulasRendered() {
        return math.rendered();
    }

    int formulasReused() {
        return math.reused();
    }

    /** Stops Prism, and bounds the formula, code and page caches (after a failed build too). */
    @Override
    public void close() {
        try {
            code.close();
        } finally {
            mathCache.trim();
            codeCache.trim();
            if (pages != null) {
                pages.finish();
            }
        }
    }

    /**
     * What every page's rendering reads, so a change to it is a page-cache miss for every page:
     * Reckon's code (with the bundled data set), KaTeX's and Prism's fingerprints and {@code site.yaml}.
     */
    private static String everyPageReads(Path root) {
        return String.join("\n", List.of(
                "code " + BuildStamp.codeIdentity(),
                "katex " + KatexRenderer.fingerprint(),
                "prism " + PrismHighlighter.fingerprint(),
                "file content/site.yaml " + digest(root.resolve("content/site.yaml"))));
    }

    private static String digest(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
