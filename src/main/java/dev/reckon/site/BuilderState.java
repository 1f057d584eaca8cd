package dev.reckon.site;

import dev.reckon.content.SiteConfig;
import dev.reckon.layout.SocialImageCache;
import dev.reckon.layout.TemplateLimits;
import dev.reckon.layout.Templates;
import dev.reckon.output.LayoutMemo;
import dev.reckon.output.LiveOutput;
import dev.reckon.output.OutputDirectory;
import dev.reckon.output.PageCache;
import dev.reckon.output.SiteOutput;
import java.nio.file.Path;

/**
 * What a builder keeps from one build to the next: the page cache, compiled templates and the
 * social-image cache for every builder, and for a live one ({@code serve}) also the served output
 * and the pages' layouts. Each is made afresh when the site root or settings it was made for change.
 */
final class BuilderState {
    private final boolean live;
    private final TemplateLimits templateLimits;
    /** Null for a builder that renders every page. */
    private final PageCache pageCache;
    /** Null for a one-shot builder. */
    private final LayoutMemo layoutMemo;
    private volatile Templates templates;
    private volatile SocialImageCache images;
    private volatile LiveOutput liveOutput;

    /**
     * @param reusePages     reuse unchanged pages' rendered Markdown (the page cache)
     * @param templateLimits what each run of a template may spend
     */
    BuilderState(boolean live, boolean reusePages, TemplateLimits templateLimits) {
        this.live = live;
        this.templateLimits = templateLimits;
        this.pageCache = reusePages ? new PageCache() : null;
        this.layoutMemo = live ? new LayoutMemo() : null;
    }

    boolean live() {
        return live;
    }

    TemplateLimits templateLimits() {
        return templateLimits;
    }

    /** The page cache, or null to render every page. */
    PageCache pageCache() {
        return pageCache;
    }

    /** The last build's templates when they fit this build, so {@code serve} compiles only the templates that changed. */
    Templates templates(Path root, SiteConfig config) {
        Templates last = templates;
        if (last == null || !last.configuredFor(root, config.locale(), config.timeZone())) {
            last = new Templates(root, config.locale(), config.timeZone(), templateLimits);
            templates = last;
        }
        return last;
    }

    SocialImageCache images(Path root) {
        SocialImageCache last = images;
        if (last == null || !last.storedIn(root)) {
            last = new SocialImageCache(root, live);
            images = last;
        }
        return last;
    }

    /** Where this build writes: a staging folder swapped in whole, or for a live builder its served folder. */
    SiteOutput output(BuildOptions options, Path root) {
        if (!live) {
            return options.throwAway() ? OutputDirectory.openThrowAway(options.output(), root)
                    : OutputDirectory.open(options.output(), root);
        }
        LiveOutput last = liveOutput;
        if (last == null || !last.writesTo(options.output())) {
            last = new LiveOutput(options.output());
            liveOutput = last;
        }
        return last.begin(root);
    }

    /** The layouts to reuse and remember, ready for a build; null for a one-shot builder, which lays out every page. */
    LayoutMemo beginLayout() {
        if (layoutMemo != null) {
            layoutMemo.begin();
        }
        return layoutMemo;
    }

    /** Remembers a published build's layouts for the next build; a failed one leaves the last good ones. */
    void finishLayout() {
        if (layoutMemo != null) {
            layoutMemo.finish();
        }
    }

    Templates lastTemplates() {
        return templates;
    }

    LayoutMemo layoutMemo() {
        return layoutMemo;
    }
}
