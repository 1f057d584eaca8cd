package dev.reckon.site;

import dev.reckon.bib.BibEntry;
import dev.reckon.bib.BibTeXReader;
import dev.reckon.bib.Bibliography;
import dev.reckon.bib.Name;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.Citation;
import dev.reckon.content.Page;
import dev.reckon.content.SourceFile;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import dev.reckon.files.Sha256;
import dev.reckon.markdown.cite.PageBibliography;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BibTeX files of one build: the site's {@code content/references.bib} and the files posts name
 * in {@code bibliography:} (relative to the post's folder, inside {@code content/}). Each file is read
 * and parsed at most once per build, and only for a page that is rendered; a warm build only hashes
 * the files its cached pages depend on, to see whether they changed.
 */
final class Bibliographies {
    static final String SITE_FILE = "content/references.bib";
    private static final String ABSENT = "absent";

    private record Loaded(boolean present, Bibliography entries, List<Diagnostic> problems) {
    }

    private final Path root;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    Bibliographies(Path root) {
        this.root = root;
    }

    /**
     * The formula library's sources as bibliography entries, citable on every page without a BibTeX
     * entry ({@code [@kaplan2020]}); the site's own entry of the same key wins.
     */
    static Bibliography formulaLibrary() {
        List<BibEntry> entries = new ArrayList<>();
        for (Citation c : Calculator.librarySources()) {
            List<Name> names = new ArrayList<>();
            boolean more = false;
            for (String author : c.authors().split(",\\s*")) {
                if (author.equals("et al.")) {
                    more = true;
                } else if (!author.isBlank()) {
                    names.add(new Name(author.strip(), ""));
                }
            }
            entries.add(new BibEntry(c.key(), "misc", names, more, String.valueOf(c.year()), c.title(), "", "", "", "", "",
                    c.url()));
        }
        return Bibliography.of(entries);
    }

    /** The fingerprint of a bibliography file's bytes, or "absent": what a citing page saw of it. */
    String fingerprint(String display) {
        return fingerprints.computeIfAbsent(display, d -> {
            try {
                Path file = root.resolve(d);
                return Files.isRegularFile(file) ? Sha256.hex(Files.readAllBytes(file)) : ABSENT;
            } catch (IOException e) {
                return "unreadable";
            }
        });
    }

    /** What {@code page} may cite: the site's file, then its own files (whose entries win). */
    PageBibliography forPage(Page page) {
        List<Diagnostic> problems = new ArrayList<>();
        SortedMap<String, String> files = new TreeMap<>();
        Bibliography entries = Bibliography.EMPTY;
        boolean available = false;
        List<String> displays = new ArrayList<>(List.of(SITE_FILE));
        List<String> named = page.meta() == null ? List.of() : page.meta().bibliography();
        for (String name : named) {
            String display = display(page, name, problems);
            if (display != null) {
                displays.add(display);
            }
        }
        for (String display : displays) {
            Loaded file = load(display);
            files.put(display, fingerprint(display));
            problems.addAll(file.problems());
            entries = entries.with(file.entries());
            available |= file.present();
            if (!file.present() && !display.equals(SITE_FILE)) {
                problems.add(frontMatterError(page, "bibliography file " + display + " not found",
                        "the path is relative to the post's folder: " + folder(page)));
            }
        }
        return new PageBibliography(entries, files, problems, available);
    }

    private Loaded load(String display) {
        return loaded.computeIfAbsent(display, d -> {
            Path file = root.resolve(d);
            if (!Files.isRegularFile(file)) {
                return new Loaded(false, Bibliography.EMPTY, List.of());
            }
            try {
                List<Diagnostic> problems = new ArrayList<>();
                Bibliography entries = BibTeXReader.read(d, SourceFile.read(file, d).text(), problems);
                return new Loaded(true, entries, List.copyOf(problems));
            } catch (ReckonException e) {
                return new Loaded(true, Bibliography.EMPTY, e.diagnostics());
            }
        });
    }

    /** The site-relative path of a file named in front matter, or null (reported) when it leaves content/. */
    private String display(Page page, String name, List<Diagnostic> problems) {
        Path content = root.resolve("content").toAbsolutePath().normalize();
        Path file = page.source().path().toAbsolutePath().getParent().resolve(name).normalize();
        if (!file.startsWith(content) || !name.endsWith(".bib")) {
            problems.add(frontMatterError(page, "bibliography '" + name + "' must be a .bib file inside content/",
                    "name a file beside the post, e.g. bibliography: references.bib"));
            return null;
        }
        return root.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
    }

    private static String folder(Page page) {
        Path parent = Path.of(page.source().displayPath()).getParent();
        return parent == null ? "." : parent.toString().replace('\\', '/') + "/";
    }

    /** An error at the page's {@code bibliography:} line. */
    private static Diagnostic frontMatterError(Page page, String message, String hint) {
        String[] lines = page.source().lines();
        int line = 1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("bibliography:")) {
                line = i + 1;
                break;
            }
        }
        return SourceLines.of(lines).error(message, new SourceSpan(page.source().displayPath(), line, 1, "bibliography".length()), hint);
    }
}
