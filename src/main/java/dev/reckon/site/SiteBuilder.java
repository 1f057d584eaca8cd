package dev.reckon.site;

import dev.reckon.content.ContentLoader;
import dev.reckon.content.Page;
import dev.reckon.content.SiteContent;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.markdown.Directives;
import dev.reckon.markdown.MarkdownRenderer;
import dev.reckon.markdown.RenderedMarkdown;
import dev.reckon.math.CachingMathRenderer;
import dev.reckon.highlight.CachedHighlighter;
import dev.reckon.highlight.HighlightExtension;
import dev.reckon.highlight.PrismHighlighter;
import dev.reckon.math.DiskMathCache;
import dev.reckon.math.KatexAssets;
import dev.reckon.math.KatexRenderer;
import dev.reckon.math.MathRenderer;
import dev.reckon.theme.Theme;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A whole build, in named phases: load content, render Markdown (in parallel, results kept in
 * source order), lay out pages with templates, write everything to a staging folder, swap it in.
 */
public final class SiteBuilder {
    /** Rendered formulas kept between builds, relative to the site root; safe to delete. */
    public static final String MATH_CACHE = ".reckon/cache/math";
    /** Highlighted code kept between builds, relative to the site root; safe to delete. */
    public static final String CODE_CACHE = ".reckon/cache/code";
    /** Each page's rendered Markdown kept between builds, relative to the site root; safe to delete. */
    public static final String PAGE_CACHE = PageCache.DIR;
    /** The record that lets an unchanged rebuild be skipped, relative to the site root; safe to delete. */
    public static final String BUILD_STAMP = BuildStamp.FILE;
    private final Supplier<KatexRenderer> katex;
    private final Function<SiteContent, Directives> directives;
    private final PageCache pageCache;
    private final BuilderState state;

    /**
     * @param katex      creates the real KaTeX renderer, only if some formula or code block needs it
     *                   (code highlighting runs in its JavaScript engine); asked at most once per build
     * @param directives the calculation directives for a site (their data may come from the site)
     */
    public SiteBuilder(Supplier<KatexRenderer> katex, Function<SiteContent, Directives> directives) {
        this(katex, directives, new PageCache(), new BuilderState(false, true));
    }

    private SiteBuilder(Supplier<KatexRenderer> katex, Function<SiteContent, Directives> directives,
            PageCache pageCache, BuilderState state) {
        this.katex = katex;
        this.directives = directives;
        this.pageCache = pageCache;
        this.state = state;
    }

    /**
     * A builder that renders every page's Markdown, reusing none: for callers that must see each
     * page go through the directives (the checker inspects every document).
     */
    public SiteBuilder renderingEveryPage() {
        return new SiteBuilder(katex, directives, null, new BuilderState(state.live(), state.outputBlobs()));
    }

    /**
     * A builder whose output folder is thrown away after the build (the checker's): it keeps no
     * copies of its files for later builds ({@link OutputBlobs}).
     */
    public SiteBuilder intoThrowAwayFolder() {
        return new SiteBuilder(katex, directives, pageCache, new BuilderState(state.live(), false));
    }

    /**
     * A builder for {@code serve}: every build is collected in memory and only the files that changed
     * are written into the served folder ({@link LiveOutput}); no build stamp is checked or kept,
     * since the watcher only asks for a build when something changed.
     */
    public SiteBuilder live() {
        return new SiteBuilder(katex, directives, pageCache, new BuilderState(true, false));
    }

    /** Told as each phase of a build starts (on the building thread), for progress lines and timings. */
    @FunctionalInterface
    public interface Phases {
        Phases NONE = phase -> { };

        void start(String phase);
    }

    public BuildSummary build(BuildOptions options) {
        return build(options, Phases.NONE);
    }

    public BuildSummary build(BuildOptions options, Phases phases) {
        phases.start("checking for changes");
        Path root = options.siteRoot().toAbsolutePath().normalize();
        BuildStamp stamp = state.live() ? null : BuildStamp.of(root, options);
        Optional<BuildSummary> upToDate = stamp == null ? Optional.empty() : stamp.upToDate(options.output());
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        phases.start("loading content");
        SiteContent content = ContentLoader.loadAll(root);
        if (content.config() == null) {
            // No usable site.yaml: nothing can be laid out, but every other problem is still worth reporting.
            throw sorted(content.problems());
        }
        Published published = Published.select(content, options);
        Supplier<KatexRenderer> sharedKatex = once(katex);
        DiskMathCache mathCache = new DiskMathCache(root.resolve(MATH_CACHE), KatexRenderer.fingerprint(),
                DiskMathCache.DEFAULT_MAX_BYTES);
        CachingMathRenderer math = new CachingMathRenderer(sharedKatex::get, mathCache);
        DiskMathCache codeCache = new DiskMathCache(root.resolve(CODE_CACHE), PrismHighlighter.fingerprint(),
                DiskMathCache.DEFAULT_MAX_BYTES / 4);
        Directives calc = directivesFor(content);
        PageCache.Session pages = pageCache == null ? null : pageCache.begin(root, calc::fingerprint, state.live());
        try (PrismHighlighter code = new PrismHighlighter(() -> sharedKatex.get().engine())) {
            // Highlighting first: it only sees the fences math and the directives hand on, so a
            // directive never starts the JavaScript engine to learn it is not a language.
            List<Extension> extensions = new ArrayList<>();
            extensions.add(HighlightExtension.create(new CachedHighlighter(code, codeCache)));
            extensions.addAll(calc.extensions(math));
            PageRenderer renderer = new PageRenderer(new MarkdownRenderer(math, extensions), calc, pages);
            BuildSummary summary = build(options, root, content, published, math, renderer, phases);
            if (stamp != null) {
                stamp.record(summary, options.output());
            }
            return summary;
        } finally {
            mathCache.trim();
            codeCache.trim();
            if (pages != null) {
                pages.finish();
            }
        }
    }

    private BuildSummary build(BuildOptions options, Path root, SiteContent content, Published published,
            CachingMathRenderer math, PageRenderer renderer, Phases phases) {
        phases.start("rendering pages");
        List<RenderedPage> pages = renderer.render(published.pages());
        RenderedPage home = content.home() == null ? null : renderer.render(List.of(content.home())).get(0);
        List<RenderedPage> notPosts = home == null ? pages : Stream.concat(pages.stream(), Stream.of(home)).toList();

        phases.start("rendering and laying out posts");
        SocialImageCache images = state.images(root);
        LayoutMemo layoutMemo = state.layoutMemo();
        if (layoutMemo != null) {
            layoutMemo.begin();
        }
        Templates templates;
        try {
            templates = state.templates(root, content.config());
        } catch (ReckonException e) {
            throw sorted(problems(content, notPosts, e.diagnostics()));
        }
        SiteLayout layout = new SiteLayout(content.config(), templates, published.posts(),
                renderer::render, pages, home, images, layoutMemo);
        SiteOutput out = state.output(options.output(), root);
        SiteLayout.Posts posts;
        try {
            posts = layout.writePosts(out, content.errors().isEmpty());
            failOnErrors(content, notPosts, posts.problems());
            phases.start("laying out lists and feeds");
            layout.writeRest(out, posts);
            phases.start("copying files");
            copyBundles(out, published.posts());
            copyAssets(out, root.resolve("templates/assets"));
            if (posts.hasMath() || notPosts.stream().anyMatch(p -> p.markdown().hasMath())) {
                KatexAssets.files().forEach((name, bytes) -> out.write("katex/" + name, bytes));
            }
            phases.start("publishing");
            out.commit();
            if (layoutMemo != null) {
                layoutMemo.finish();
            }
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        } finally {
            images.trim();
        }
        List<Diagnostic> warnings = new ArrayList<>(content.warnings());
        posts.problems().stream().filter(d -> !d.isError()).forEach(warnings::add);
        notPosts.stream()
                .flatMap(p -> p.markdown().problems().stream())
                .filter(d -> !d.isError())
                .forEach(warnings::add);
        return new BuildSummary(layout.pageCount(), published.posts().size(), published.skippedDrafts(),
                published.skippedFuture(), math.rendered(), math.reused(), renderer.rendered(), renderer.reused(),
                warnings);
    }

    /** The templates the last build used (for tests: a builder keeps them between builds). */
    Templates lastTemplates() {
        return state.lastTemplates();
    }

    /** The files whose layout the last build did afresh (live builders only; for tests). */
    Set<String> laidOut() {
        return state.layoutMemo() == null ? Set.of() : state.layoutMemo().laidOut();
    }

    /** The site's directives; when its data files are broken, fails with those and the content's problems together. */
    private Directives directivesFor(SiteContent content) {
        try {
            return directives.apply(content);
        } catch (ReckonException e) {
            throw sorted(problems(content, List.of(), e.diagnostics()));
        }
    }

    /** One failure with every problem once, in reading order. */
    private static ReckonException sorted(List<Diagnostic> problems) {
        List<Diagnostic> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Diagnostic.BY_POSITION);
        return new ReckonException(unique);
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


    /**
     * Fails with every problem of the site at once, in reading order: front matter and slugs as
     * well as what rendering found in the pages that could be loaded, warnings included.
     */
    private static void failOnErrors(SiteContent content, List<RenderedPage> rendered, List<Diagnostic> postProblems) {
        List<Diagnostic> problems = problems(content, rendered, postProblems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw sorted(problems);
        }
    }

    /** The content's problems, the rendered pages' and {@code more}, warnings included. */
    private static List<Diagnostic> problems(SiteContent content, List<RenderedPage> rendered, List<Diagnostic> more) {
        List<Diagnostic> problems = new ArrayList<>(content.problems());
        rendered.forEach(p -> problems.addAll(p.markdown().problems()));
        problems.addAll(more);
        return problems;
    }

    private static void copyBundles(SiteOutput out, List<Page> posts) {
        for (Page post : posts) {
            for (Path file : post.bundleFiles()) {
                out.copy(file, post.urlPath() + file.getFileName());
            }
        }
    }

    /** The default theme's assets, then the site's {@code templates/assets/}, which replace or add files. */
    private static void copyAssets(SiteOutput out, Path assets) {
        Theme.assets().forEach((name, bytes) -> {
            if (!Files.exists(assets.resolve(name))) {
                out.write("assets/" + name, bytes);
            }
        });
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.copy(file, "assets/" + assets.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The posts and pages this build publishes, after the draft and future-date rules. */
    private record Published(List<Page> posts, List<Page> pages, int skippedDrafts, int skippedFuture) {
        static Published select(SiteContent content, BuildOptions options) {
            int drafts = 0;
            int future = 0;
            List<Page> posts = new ArrayList<>();
            for (Page post : content.posts()) {
                if (post.meta().draft() && !options.drafts()) {
                    drafts++;
                } else if (post.meta().date().isAfter(options.today()) && !options.future()) {
                    future++;
                } else {
                    posts.add(post);
                }
            }
            // Newest first; ties broken by slug so the order never depends on the file system.
            posts.sort(Comparator.comparing((Page p) -> p.meta().date()).reversed().thenComparing(Page::slug));
            List<Page> pages = content.pages().stream().filter(p -> !p.meta().draft() || options.drafts()).toList();
            return new Published(List.copyOf(posts), pages, drafts, future);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
