package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a site's {@code content/} folder: settings, posts (single files and bundles), standalone
 * pages and data files. Every problem is collected so that one run reports them all.
 */
public final class ContentLoader {
    private final Path siteRoot;
    private final Path contentDir;
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Where each page's {@code slug:} is written, for pages that have one (filled by parallel loads). */
    private final Map<Page, SourceSpan> slugSpans = Collections.synchronizedMap(new IdentityHashMap<>());

    private ContentLoader(Path siteRoot, SourceTree tree) {
        this.siteRoot = siteRoot;
        this.contentDir = siteRoot.resolve("content");
        problems.addAll(tree.problems());
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
        return loadAll(siteRoot, SourceTree.scan(siteRoot));
    }

    /**
     * Like {@link #loadAll(Path)}, with the site's sources already listed: their links and
     * unreadable folders are among the problems, and nothing is read through a link.
     */
    public static SiteContent loadAll(Path siteRoot, SourceTree tree) {
        return new ContentLoader(siteRoot.toAbsolutePath().normalize(), tree).load();
    }

    private SiteContent load() {
        if (Files.isSymbolicLink(contentDir)) {
            return new SiteContent(null, List.of(), List.of(), null, List.of(), List.copyOf(problems));
        }
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
            if (!isFile(file) || !name.endsWith(".md")) {
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
                .filter(p -> isFile(p) && p.getFileName().toString().matches(".*\\.ya?ml"))
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
        if (isFile(entry) && name.endsWith(".md")) {
            post = page(Page.Kind.POST, entry, name.substring(0, name.length() - 3), List.of(), found);
        } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && isFile(entry.resolve("index.md"))) {
            List<Path> resources = list(entry).stream()
                    .filter(p -> !p.getFileName().toString().equals("index.md"))
                    .filter(ContentLoader::isFile)
                    .toList();
            // Copied only once every page is laid out: an unreadable one is reported now, with the rest.
            resources.stream().filter(p -> !Files.isReadable(p)).forEach(p -> found.add(
                    SourceFile.unreadable(display(p), new AccessDeniedException(p.toString()))));
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
        var split = FrontMatterParser.parse(source, kind, found);
        if (split.meta() == null) {
            return null;
        }
        // A slug in front matter was checked where it is written; one from the file name is checked here.
        String slug = split.meta().slug() != null ? split.meta().slug() : defaultSlug.toLowerCase(Locale.ROOT);
        var problem = kind == Page.Kind.HOME ? Optional.<Slugs.Problem>empty() : Slugs.problem(slug, kind);
        if (problem.isPresent()) {
            found.add(slugError(problem.get(), source, split.slugAt()));
            return null;
        }
        Page page = new Page(kind, source, split.meta(), split.body(), split.bodyFirstLine(), slug, bundleFiles);
        if (split.slugAt() != null) {
            slugSpans.put(page, split.slugAt());
        }
        return page;
    }

    /** At the {@code slug:} value when the front matter has one; otherwise the file's name is the slug. */
    private static Diagnostic slugError(Slugs.Problem problem, SourceFile source, SourceSpan slugAt) {
        if (slugAt != null) {
            return SourceLines.of(source.lines()).error(problem.message(), slugAt, problem.hint());
        }
        return Diagnostic.error(problem.message() + " (from the file's name)", SourceSpan.of(source.displayPath(), 1, 1),
                null, problem.hint() + "; rename the file, or give it a 'slug:' in its front matter");
    }

    private void checkUniqueUrls(List<Page> posts, List<Page> pages) {
        var seen = new HashMap<String, Page>();
        for (Page p : Stream.concat(posts.stream(), pages.stream()).toList()) {
            Page other = seen.putIfAbsent(p.urlPath(), p);
            if (other != null) {
                String message = "two pages would be published at /" + p.urlPath() + ": "
                        + other.source().displayPath() + " and " + p.source().displayPath();
                SourceSpan slugAt = slugSpans.get(p);
                problems.add(slugAt == null
                        ? Diagnostic.error(message, SourceSpan.of(p.source().displayPath(), 1, 1), null, "give one of them another slug")
                        : SourceLines.of(p.source().lines()).error(message, slugAt, "give one of them another slug"));
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
        return SourceTree.display(siteRoot, file);
    }

    /**
     * Directory entries sorted by name, so that every build sees the same order. A folder that is a
     * link or cannot be read lists nothing: the {@link SourceTree} reported it.
     */
    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A regular file itself, not a link to one (links are errors, reported by the {@link SourceTree}). */
    private static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
