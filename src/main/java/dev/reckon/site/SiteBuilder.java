package dev.reckon.site;

import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.content.SiteConfig;
import dev.reckon.content.SiteContent;
import dev.reckon.content.SourceTree;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.js.JsEngine;
import dev.reckon.layout.SiteLayout;
import dev.reckon.layout.SocialImageCache;
import dev.reckon.layout.TemplateLimits;
import dev.reckon.layout.Templates;
import dev.reckon.math.KatexRenderer;
import dev.reckon.output.BuildStamp;
import dev.reckon.output.FigureChanges;
import dev.reckon.output.FigureIndex;
import dev.reckon.output.LayoutMemo;
import dev.reckon.output.PageCache;
import dev.reckon.output.SiteOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A whole build, as a list of named phases: skip it if nothing changed, load the content, render
 * the pages' Markdown, then lay out and write — the posts in one parallel pass with their
 * rendering ({@link PostPass}), then the lists, feeds and sitemap, then the copied files — and
 * publish the output at once.
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
    private final JsEngine js;
    private final Supplier<KatexRenderer> katex;
    private final Function<SiteContent, List<Extension>> extensions;
    private final BuilderState state;

    /**
     * @param js    the JavaScript engine code highlighting runs on (KaTeX's too), started only if
     *              some code block is not in the cache
     * @param katex creates the real KaTeX renderer, only if some formula needs it; asked at most once per build
     */
    public SiteBuilder(JsEngine js, Supplier<KatexRenderer> katex) {
        this(js, katex, content -> List.of());
    }

    /**
     * @param extensions more flexmark extensions for a site's Markdown (the checker's inspector), made
     *                   once its content is loaded
     */
    public SiteBuilder(JsEngine js, Supplier<KatexRenderer> katex, Function<SiteContent, List<Extension>> extensions) {
        this(js, katex, extensions, new BuilderState(false, true, TemplateLimits.DEFAULT));
    }

    private SiteBuilder(JsEngine js, Supplier<KatexRenderer> katex, Function<SiteContent, List<Extension>> extensions,
            BuilderState state) {
        this.js = js;
        this.katex = katex;
        this.extensions = extensions;
        this.state = state;
    }

    /**
     * A builder that renders every page's Markdown, reusing none: for callers that must see each
     * page go through the directives (the checker inspects every document).
     */
    public SiteBuilder renderingEveryPage() {
        return new SiteBuilder(js, katex, extensions, new BuilderState(state.live(), false, state.templateLimits()));
    }

    /**
     * A builder for {@code serve}: every build is collected in memory and only the files that changed
     * are written into the served folder ({@code LiveOutput}); no build stamp is checked or kept,
     * since the watcher only asks for a build when something changed.
     */
    public SiteBuilder live() {
        return new SiteBuilder(js, katex, extensions, new BuilderState(true, state.pageCache() != null, state.templateLimits()));
    }

    /** The same builder with other template limits (for tests and fuzzing: small limits make a runaway template cheap). */
    SiteBuilder withTemplateLimits(TemplateLimits limits) {
        return new SiteBuilder(js, katex, extensions, new BuilderState(state.live(), state.pageCache() != null, limits));
    }

    /** Told as each phase of a build starts (on the building thread), for progress lines and timings. */
    @FunctionalInterface
    public interface Phases {
        Phases NONE = phase -> { };

        void start(String phase);

        /** Told, before it waits, that the build waits for another build of the site to end. */
        default void waiting(String message) {
        }
    }

    public BuildSummary build(BuildOptions options) {
        return build(options, Phases.NONE);
    }

    /**
     * Builds the site, while no other build of it runs ({@link SiteLock}): a second build, in this
     * process or another, waits for the first to end, so its stamp, caches and output are only ever
     * changed by one build at a time.
     */
    public BuildSummary build(BuildOptions options, Phases phases) {
        Path root = options.siteRoot().toAbsolutePath().normalize();
        try (SiteLock lock = SiteLock.acquire(root, phases::waiting)) {
            return buildLocked(root, options, phases);
        }
    }

    private BuildSummary buildLocked(Path root, BuildOptions options, Phases phases) {
        phases.start("checking for changes");
        SourceTree sources = SourceTree.scan(root);
        BuildStamp stamp = state.live() || options.throwAway() ? null : BuildStamp.of(root, sources, options.stamped());
        // A deleted figure index is rebuilt (one stat; the index itself is not read here).
        Optional<BuildSummary> unchanged = stamp == null || !Files.exists(root.resolve(FigureIndex.FILE)) ? Optional.empty()
                : stamp.upToDate(options.output()).flatMap(BuildSummary::ofSkippedBuild);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        phases.start("loading content");
        LoadedSite site;
        try {
            site = LoadedSite.load(root, sources, options, extensions);
        } catch (ReckonException e) {
            throw BuildProblems.failure(withTemplateSyntaxErrors(e.diagnostics(), root, null));
        }
        BuildSummary summary;
        try (PageRenderer renderer = new PageRenderer(site, js, katex, state.pageCache(), state.live())) {
            phases.start("rendering pages");
            RenderedPages pages = renderer.renderPages(site);
            phases.start("rendering and laying out posts");
            summary = layOutAndWrite(site, renderer, pages, options, phases, stamp);
        }
        return summary;
    }

    /**
     * Lays out and writes every page, copies the other files, and publishes them all at once; then
     * records the build in {@code stamp}, if it keeps one.
     */
    private BuildSummary layOutAndWrite(LoadedSite site, PageRenderer renderer, RenderedPages pages,
            BuildOptions options, Phases phases, BuildStamp stamp) {
        SocialImageCache images = state.images(site.root());
        SiteLayout layout = layout(site, pages, images, state.beginLayout());
        SiteOutput out = state.output(options, site.root());
        PostPass.Result posts;
        String published;
        String figuresChanged;
        try {
            boolean failing = !site.content().errors().isEmpty();
            posts = PostPass.run(site.published().posts(), renderer, layout, out, !failing);
            BuildProblems.failOnErrors(site.content(), pages.all(), failing
                    ? withTemplateSyntaxErrors(posts.problems(), site.root(), site.content().config()) : posts.problems());
            phases.start("laying out lists and feeds");
            layout.writeLists(out);
            layout.writeSocialImages(out);
            layout.writeFeeds(out, posts.feedHtml());
            layout.writeSitemap(out);
            phases.start("copying files");
            CopiedFiles.copy(out, site.root(), site.published().posts(), posts.hasMath() || pages.hasMath());
            phases.start("publishing");
            published = out.commit();
            state.finishLayout();
            figuresChanged = recordFigures(site, pages, posts, options);
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        } finally {
            images.finish();
        }
        Published selected = site.published();
        BuildSummary summary = new BuildSummary(layout.pageCount(), selected.posts().size(), selected.skippedDrafts(),
                selected.skippedFuture(), renderer.formulasRendered(), renderer.formulasReused(),
                renderer.rendered(), renderer.reused(), BuildProblems.warnings(site.content(), pages.all(), posts.problems()),
                figuresChanged);
        if (stamp != null) {
            record(stamp, summary, published);
        }
        return summary;
    }

    /**
     * Records the figures of a published build in the figure index; returns the line that says how
     * many published figures changed, or null. Neither a live nor a throw-away build is published.
     */
    private String recordFigures(LoadedSite site, RenderedPages pages, PostPass.Result posts, BuildOptions options) {
        if (state.live() || options.throwAway()) {
            return null;
        }
        List<FigureIndex.Page> all = new ArrayList<>(posts.figures());
        pages.all().forEach(p -> all.add(PostPass.figures(p.page(), p.markdown())));
        List<FigureChanges.Change> changes = FigureIndex.record(site.root(), all);
        return changes.isEmpty() ? null : FigureChanges.summary(changes);
    }

    /** The layout over this builder's templates; a broken template fails with every problem found so far. */
    private SiteLayout layout(LoadedSite site, RenderedPages pages, SocialImageCache images, LayoutMemo memo) {
        Templates templates;
        try {
            templates = state.templates(site.root(), site.content().config());
        } catch (ReckonException e) {
            throw BuildProblems.failure(site.content(), pages.all(), e.diagnostics());
        }
        return new SiteLayout(site.content().config(), templates, site.published().posts(), pages.pages(),
                pages.home(), images, memo);
    }

    /**
     * {@code problems} and the syntax errors of every template: a build that fails before laying out
     * its pages still reports its broken templates in the same run.
     *
     * @param config the site's settings, or null when they could not be read
     */
    private List<Diagnostic> withTemplateSyntaxErrors(List<Diagnostic> problems, Path root, SiteConfig config) {
        List<Diagnostic> all = new ArrayList<>(problems);
        try {
            Templates templates = config == null ? new Templates(root, Locale.ROOT, ZoneOffset.UTC) : state.templates(root, config);
            all.addAll(templates.syntaxErrors());
        } catch (ReckonException noTemplatesFolder) {
            // said when a build gets as far as laying out; beside other errors it is likely the wrong folder
        }
        return all;
    }

    /** A clean build is recorded for the next to skip; one with warnings is not, so they are reported again. */
    private static void record(BuildStamp stamp, BuildSummary summary, String published) {
        if (summary.warnings().isEmpty()) {
            stamp.record(published, summary.stamped());
        } else {
            stamp.remove();
        }
    }

    /** The templates the last build used (for tests: a builder keeps them between builds). */
    Templates lastTemplates() {
        return state.lastTemplates();
    }

    /** The files whose layout the last build did afresh (live builders only; for tests). */
    Set<String> laidOut() {
        return state.layoutMemo() == null ? Set.of() : state.layoutMemo().laidOut();
    }
}
