package dev.reckon.site;

import dev.reckon.content.SiteConfig;
import java.nio.file.Path;

/**
 * What a builder keeps from one build to the next: compiled templates and the social-image cache
 * for every builder, and for a live one ({@code serve}) also the served output and the posts'
 * layouts. Each is made afresh when the site root or settings it was made for change.
 */
final class BuilderState {
    private final boolean live;
    /** Whether a one-shot build links files published before ({@link OutputBlobs}). */
    private final boolean outputBlobs;
    private final LayoutMemo layoutMemo;
    private volatile Templates templates;
    private volatile SocialImageCache images;
    private volatile LiveOutput liveOutput;

    BuilderState(boolean live, boolean outputBlobs) {
        this.live = live;
        this.outputBlobs = outputBlobs;
        this.layoutMemo = live ? new LayoutMemo() : null;
    }

    boolean live() {
        return live;
    }

    boolean outputBlobs() {
        return outputBlobs;
    }

    /** The last build's templates when they fit this build, so {@code serve} compiles only the templates that changed. */
    Templates templates(Path root, SiteConfig config) {
        Templates last = templates;
        if (last == null || !last.configuredFor(root, config.locale(), config.timeZone())) {
            last = new Templates(root, config.locale(), config.timeZone());
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
    SiteOutput output(Path output, Path root) {
        if (!live) {
            return OutputDirectory.open(output, root, outputBlobs);
        }
        LiveOutput last = liveOutput;
        if (last == null || !last.writesTo(output)) {
            last = new LiveOutput(output);
            liveOutput = last;
        }
        return last.begin(root);
    }

    /** The post layouts to reuse and remember, or null for a one-shot builder. */
    LayoutMemo layoutMemo() {
        return layoutMemo;
    }

    Templates lastTemplates() {
        return templates;
    }
}
