package dev.reckon.check;

import dev.reckon.calc.Calculator;
import dev.reckon.content.Page;
import dev.reckon.content.SiteContent;
import dev.reckon.data.DataSet;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import dev.reckon.js.JsEngine;
import dev.reckon.math.KatexRenderer;
import dev.reckon.site.BuildOptions;
import dev.reckon.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One {@code reckon check} run. The site is built by the real {@link SiteBuilder} into a throw-away
 * folder (the published {@code public/} is never touched); an extension added to the build's Markdown
 * ({@link InspectorExtension}) sees each page's flexmark AST as the build renders it, so every
 * position comes from the Markdown source. Links are then resolved against the built files.
 */
public final class SiteCheck {
    /** What to check: the build's own choices plus the checker's. */
    public record Options(Path siteRoot, boolean drafts, boolean future, LocalDate today, boolean strict) {
    }

    private final JsEngine js;
    private final Supplier<KatexRenderer> katex;
    private final DataSet data;
    private final ExternalLinks external;

    /**
     * @param data     the site's data set (bundled plus its own files), to match hand-typed figures
     * @param external checks external links, or null to leave them alone
     */
    public SiteCheck(JsEngine js, Supplier<KatexRenderer> katex, DataSet data, ExternalLinks external) {
        this.js = js;
        this.katex = katex;
        this.data = data;
        this.external = external;
    }

    public CheckReport run(Options options) {
        return run(options, SiteBuilder.Phases.NONE);
    }

    /** @param phases told of the build's phases, and that it waits for another build of the site to end */
    public CheckReport run(Options options, SiteBuilder.Phases phases) {
        Calculator calculator = new Calculator(data);
        PageInspector inspector = new PageInspector(new HandTypedFigures(calculator, DataValues.of(calculator)));
        Queue<PageFacts> facts = new ConcurrentLinkedQueue<>();
        List<Diagnostic> problems = new ArrayList<>();
        Path temp = createTemp();
        try {
            Path output = temp.resolve("site");
            AtomicReference<String> basePath = new AtomicReference<>("/");
            SiteBuilder builder = new SiteBuilder(js, katex, content -> {
                basePath.set(content.config().basePath());
                return List.of(new InspectorExtension(pagesByFile(content), inspector, facts));
            }).renderingEveryPage();
            boolean built;
            try {
                // Thrown away: the site's build stamp keeps describing its published output.
                builder.build(new BuildOptions(options.siteRoot(), output, options.drafts(), options.future(),
                        options.today()).thrownAway(), phases).warnings().forEach(problems::add);
                built = true;
            } catch (ReckonException e) {
                problems.addAll(e.diagnostics());
                built = false;
            }
            List<PageFacts> pages = facts.stream()
                    .sorted(Comparator.comparing((PageFacts f) -> f.page().source().displayPath()))
                    .toList();
            for (PageFacts page : pages) {
                describe(page.page()).ifPresent(problems::add);
                page.figures().forEach(f -> problems.add(figure(f, options.strict())));
            }
            if (built) {
                Map<String, String> published = new HashMap<>();
                pages.forEach(f -> published.put(f.page().source().displayPath(), f.page().urlPath()));
                problems.addAll(links(pages, new SiteLinks(output, basePath.get(), published)));
            } else if (!pages.isEmpty()) {
                problems.add(Diagnostic.warning("links and anchors were not checked because the site did not build",
                        null, null, "fix the errors above and run reckon check again"));
            }
            problems.sort(Diagnostic.BY_POSITION);
            return new CheckReport(List.copyOf(problems), pages.size(), built);
        } finally {
            deleteTree(temp);
        }
    }

    private List<Diagnostic> links(List<PageFacts> pages, SiteLinks site) {
        List<Diagnostic> out = new ArrayList<>();
        List<PageFacts.LinkUse> outside = new ArrayList<>();
        for (PageFacts page : pages) {
            for (PageFacts.LinkUse use : page.links()) {
                if (use.kind() == PageFacts.Kind.IMAGE && use.alt().isBlank()) {
                    out.add(Diagnostic.error("image without alt text", use.span(), use.lineText(),
                            "say what the image shows between the brackets: ![Roofline of the H200](roofline.png)"));
                }
                if (use.kind() == PageFacts.Kind.HTML_IMAGE && use.alt() == null) {
                    out.add(Diagnostic.error("<img> without an alt attribute", use.span(), use.lineText(),
                            "add alt=\"what the image shows\", or alt=\"\" if it is only decoration"));
                }
                if (use.url() == null) {
                    continue;
                }
                String url = use.url().strip();
                if (SiteLinks.isExternal(url) || url.startsWith("//")) {
                    if (url.startsWith("http://") || url.startsWith("https://")) {
                        outside.add(use);
                    }
                } else {
                    site.check(use, page.page()).ifPresent(out::add);
                }
            }
        }
        if (external != null) {
            out.addAll(external.check(outside));
        }
        return out;
    }

    /** Posts and pages need a description: it is the search result, feed summary and social-card text. */
    private static Optional<Diagnostic> describe(Page page) {
        String description = page.meta().description();
        if (page.kind() == Page.Kind.HOME || (description != null && !description.isBlank())) {
            return Optional.empty();
        }
        // Point at the closing '---' of the front matter: where the missing line goes.
        int line = Math.max(1, page.bodyFirstLine() - 1);
        return Optional.of(SourceLines.of(page.source().lines()).error("page has no description",
                SourceSpan.of(page.source().displayPath(), line, 1),
                "add `description: <one sentence on what the page is about>` to the front matter; "
                        + "search results, feeds and social cards show it"));
    }

    private static Diagnostic figure(PageFacts.FigureUse use, boolean strict) {
        HandTypedFigures.Figure f = use.figure();
        String message = "hand-typed figure '" + f.written() + "'";
        String hint;
        List<String> matches = f.directives();
        if (matches.isEmpty()) {
            hint = "compute it with a directive such as `= name -> unit` over a ```calc definition or a data record, "
                    + "so the page cannot drift from its source";
        } else {
            hint = "write `" + matches.get(0) + "` instead";
            if (matches.size() > 1) {
                hint += " (also " + matches.subList(1, Math.min(matches.size(), 4)).stream()
                        .map(m -> "`" + m + "`").reduce((a, b) -> a + ", " + b).orElse("")
                        + (matches.size() > 4 ? ", …" : "") + ")";
            }
        }
        return strict ? Diagnostic.error(message, use.span(), use.lineText(), hint)
                : Diagnostic.warning(message, use.span(), use.lineText(), hint);
    }

    /** Every post and page of the site, and its home page, by display path. */
    private static Map<String, Page> pagesByFile(SiteContent content) {
        Map<String, Page> byFile = new HashMap<>();
        Stream.concat(Stream.concat(content.posts().stream(), content.pages().stream()),
                        content.home() == null ? Stream.empty() : Stream.of(content.home()))
                .forEach(p -> byFile.put(p.source().displayPath(), p));
        return byFile;
    }

    private static Path createTemp() {
        try {
            return Files.createTempDirectory("reckon-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the system cleans its temp directory.
        }
    }
}
