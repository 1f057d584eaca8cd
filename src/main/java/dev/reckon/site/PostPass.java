package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.layout.SiteLayout;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.output.FigureIndex;
import dev.reckon.output.SiteOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * The posts go through render, lay out and write one at a time, in parallel, rather than phase by
 * phase: each post's HTML is dropped once written (but the feeds'), so a large site never holds
 * every post's HTML at once (BENCHMARKS.md: peak memory of a warm 1,000-post build 790 -> 454 MB).
 */
final class PostPass {
    /**
     * What the pass left to know: every post's problems (a post with errors is not laid out),
     * whether any has math, and the newest posts' HTML for the feeds.
     */
    record Result(List<Diagnostic> problems, boolean hasMath, List<String> feedHtml, List<FigureIndex.Page> figures) {
    }

    private PostPass() {
    }

    /**
     * A template error is reported like a post's own problem, once however many posts hit it.
     *
     * @param posts  the published posts, newest first
     * @param layOut false to only render each post's Markdown for its problems, when the site
     *               already has errors (two posts may then even claim the same address)
     */
    static Result run(List<Page> posts, PageRenderer renderer, SiteLayout layout, SiteOutput out, boolean layOut) {
        String[] feedHtml = new String[Math.min(SiteLayout.FEED_POSTS, posts.size())];
        Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
        AtomicBoolean hasMath = new AtomicBoolean();
        FigureIndex.Page[] figures = new FigureIndex.Page[posts.size()];
        IntStream.range(0, posts.size()).parallel().forEach(i -> {
            RenderedMarkdown markdown = renderer.render(posts.get(i));
            problems.addAll(markdown.problems());
            figures[i] = figures(posts.get(i), markdown);
            if (!layOut || markdown.problems().stream().anyMatch(Diagnostic::isError)) {
                return;
            }
            try {
                out.write(SiteLayout.postFile(posts.get(i)), layout.post(i, markdown));
            } catch (ReckonException e) {
                problems.addAll(e.diagnostics());
            }
            if (markdown.hasMath()) {
                hasMath.set(true);
            }
            if (i < feedHtml.length) {
                feedHtml[i] = markdown.html();
            }
        });
        List<Diagnostic> sorted = new ArrayList<>(problems);
        sorted.sort(Diagnostic.BY_POSITION);
        return new Result(List.copyOf(sorted), hasMath.get(), Arrays.asList(feedHtml), List.of(figures));
    }

    /** What the figure index keeps of a page: its published numbers and the data figures they used. */
    static FigureIndex.Page figures(Page page, RenderedMarkdown markdown) {
        return new FigureIndex.Page(page.source().displayPath(), page.urlPath(), page.kind() == Page.Kind.POST,
                markdown.figures());
    }
}
