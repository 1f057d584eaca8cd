package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a site's {@code content/} folder: settings, posts (single files and bundles), standalone
 * pages and data files. Every problem is collected so that one run reports them all.
 */
public final class ContentLoader {
    private static final Pattern SAFE_SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** Device names Windows refuses as file or folder names, with any extension: a site must build everywhere. */
    private static final Pattern DEVICE_NAME = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Pattern RESERVED = Pattern.compile("blog|tags|css|katex|assets|404|index|feed\\..*|atom\\.xml|rss\\.xml|sitemap\\.xml|robots\\.txt");

    private final Path siteRoot;
    private final Path contentDir;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ContentLoader(Path siteRoot) {
        this.siteRoot = siteRoot;
        this.contentDir = siteRoot.resolve("content");
    }

    /** Loads the site, failing with every error found. */
    public static SiteContent load(Path siteRoot) {
        SiteContent content = loadAll(siteRoot);
        if (!content.errors().isEmpty()) {
            throw new ReckonException(content.problems());
        }
        return content;
    }

    /**
     * Loads what can be loaded: a page with errors is left out and its errors are in
     * {@link SiteContent#problems()}, so a build can render the rest and report everything at once.
     * Throws only when there is no site to load at all.
     */
    public static SiteContent loadAll(Path siteRoot) {
        return new ContentLoader(siteRoot.toAbsolutePath().normalize()).load();
    }

    private SiteContent load() {
        if (!Files.isDirectory(contentDir)) {
            throw new ReckonException(Diagnostic.error("no content folder at " + contentDir, null, null,
                    "run reckon in a site's root folder, or pass --source DIR"));
        }
        SiteConfig config = SiteConfigLoader.load(contentDir.resolve("site.yaml"), display(contentDir.resolve("site.yaml")), problems);
        List<Page> posts = loadPosts();
        List<Page> pages = new ArrayList<>();
        Page home = null;
        for (Path file : list(contentDir)) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file) || !name.endsWith(".md")) {
                continue;
            }
            if (name.equals("_index.md")) {
                home = page(Page.Kind.HOME, file, "", List.of());
            } else {
                Page page = page(Page.Kind.PAGE, file, name.substring(0, name.length() - 3), List.of());
                if (page != null) {
                    pages.add(page);
                }
            }
        }
        List<Path> dataFiles = list(contentDir.resolve("data")).stream()
                .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                .toList();
        checkUniqueUrls(posts, pages);
        checkMenu(config, pages);
        return new SiteContent(config, posts, pages, home, dataFiles, List.copyOf(problems));
    }

    /** A post or page as loaded, with the problems found in it (kept apart so posts can load in parallel). */
    private record Loaded(Page page, List<Diagnostic> problems) {
    }

    /** Posts load in parallel (reading and YAML parsing are most of a large site's load time), in name order. */
    private List<Page> loadPosts() {
        List<Page> posts = new ArrayList<>();
        for (Loaded loaded : list(contentDir.resolve("posts")).parallelStream().map(this::loadPost).toList()) {
            problems.addAll(loaded.problems());
            if (loaded.page() != null) {
                posts.add(loaded.page());
            }
        }
        return posts;
    }

    private Loaded loadPost(Path entry) {
        String name = entry.getFileName().toString();
        List<Diagnostic> found = new ArrayList<>();
        Page post = null;
        if (Files.isRegularFile(entry) && name.endsWith(".md")) {
            post = page(Page.Kind.POST, entry, name.substring(0, name.length() - 3), List.of(), found);
        } else if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("index.md"))) {
            List<Path> resources = list(entry).stream()
                    .filter(p -> !p.getFileName().toString().equals("index.md"))
                    .filter(Files::isRegularFile)
                    .toList();
            post = page(Page.Kind.POST, entry.resolve("index.md"), name, resources, found);
        }
        return new Loaded(post, found);
    }

    private Page page(Page.Kind kind, Path file, String defaultSlug, List<Path> bundleFiles) {
        return page(kind, file, defaultSlug, bundleFiles, problems);
    }

    private Page page(Page.Kind kind, Path file, String defaultSlug, List<Path> bundleFiles, List<Diagnostic> found) {
        SourceFile source;
        try {
            source = SourceFile.read(file, display(file));
        } catch (ReckonException e) {
            found.addAll(e.diagnostics());
            return null;
        }
        var split = FrontMatterParser.parse(source, kind == Page.Kind.POST, found);
        if (split.meta() == null) {
            return null;
        }
        String slug = split.meta().slug() != null ? split.meta().slug() : defaultSlug.toLowerCase(Locale.ROOT);
        if (kind != Page.Kind.HOME && !isSafeSlug(slug, kind)) {
            found.add(Diagnostic.error("unusable slug '" + slug + "'", SourceSpan.of(source.displayPath(), 1, 1), null,
                    "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit; not a device name such as con or nul"
                            + (kind == Page.Kind.PAGE ? "; the names blog, tags, css, katex, assets, 404 and index are reserved" : "")));
            return null;
        }
        return new Page(kind, source, split.meta(), split.body(), split.bodyFirstLine(), slug, bundleFiles);
    }

    private static boolean isSafeSlug(String slug, Page.Kind kind) {
        return SAFE_SLUG.matcher(slug).matches() && !slug.contains("..") && !DEVICE_NAME.matcher(slug).matches()
                && !(kind == Page.Kind.PAGE && RESERVED.matcher(slug).matches());
    }

    private void checkUniqueUrls(List<Page> posts, List<Page> pages) {
        var seen = new HashMap<String, Page>();
        for (Page p : Stream.concat(posts.stream(), pages.stream()).toList()) {
            Page other = seen.putIfAbsent(p.urlPath(), p);
            if (other != null) {
                problems.add(Diagnostic.error("two pages would be published at /" + p.urlPath() + ": "
                                + other.source().displayPath() + " and " + p.source().displayPath(),
                        SourceSpan.of(p.source().displayPath(), 1, 1), null, "give one of them another slug"));
            }
        }
    }

    /** Every page {@code menu:} names must be a standalone page of the site. */
    private void checkMenu(SiteConfig config, List<Page> pages) {
        if (config == null || config.menu() == null) {
            return;
        }
        List<String> slugs = pages.stream().map(Page::slug).toList();
        for (SiteConfig.Positioned entry : config.menu()) {
            if (!slugs.contains(entry.text())) {
                problems.add(Diagnostic.error("the menu names '" + entry.text() + "', which is no standalone page",
                        entry.span(), entry.sourceLine(), DidYouMean.hint(entry.text(), slugs,
                                "list pages by slug (content/about.md is 'about'); the standalone pages are: "
                                        + (slugs.isEmpty() ? "none" : String.join(", ", slugs)))));
            }
        }
    }

    private String display(Path file) {
        return siteRoot.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Directory entries sorted by name, so that every build sees the same order. */
    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ReckonException(Diagnostic.error("cannot list " + dir + ": " + e.getMessage(), null, null,
                    "check the folder's permissions"));
        }
    }
}
