package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.content.SourceFile;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import dev.reckon.math.KatexAssets;
import dev.reckon.output.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a build copies rather than lays out: posts' bundled files, the theme's assets and
 * KaTeX's. Only files themselves are copied, never links (each link is an error of its own, from
 * the {@code SourceTree}); a file that cannot be read, or would take the place of a file the build
 * generated, is an error at its path.
 */
final class CopiedFiles {
    private final SiteOutput out;
    private final Path root;
    private final List<Diagnostic> problems = new ArrayList<>();

    private CopiedFiles(SiteOutput out, Path root) {
        this.out = out;
        this.root = root;
    }

    /** @param math whether any page has math, and so needs KaTeX's stylesheet and fonts */
    static void copy(SiteOutput out, Path root, List<Page> posts, boolean math) {
        CopiedFiles files = new CopiedFiles(out, root);
        files.copyBundles(posts);
        files.copyAssets(root.resolve("templates/assets"));
        if (!files.problems.isEmpty()) {
            throw BuildProblems.failure(files.problems);
        }
        if (math) {
            KatexAssets.files().forEach((name, bytes) -> out.write("katex/" + name, bytes));
        }
    }

    /** A bundle's files beside its {@code index.md} go beside its page, which they must not replace. */
    private void copyBundles(List<Page> posts) {
        for (Page post : posts) {
            for (Path file : post.bundleFiles()) {
                String relative = post.urlPath() + file.getFileName();
                if (out.contains(relative)) {
                    String display = display(file);
                    problems.add(Diagnostic.error("'" + file.getFileName() + "' would replace the " + generated(file)
                                    + " Reckon makes at /" + relative, SourceSpan.of(display, 1, 1), null,
                            "rename the file (and the links to it); a post's folder already holds its page and social image"));
                } else {
                    copy(file, relative);
                }
            }
        }
    }

    private static String generated(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") ? "page" : name.endsWith(".png") ? "social image" : "file";
    }

    private void copyAssets(Path assets) {
        if (!Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                copy(file, "assets/" + assets.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            // A folder made unreadable since the SourceTree listed it: a failure of the machine.
            throw new UncheckedIOException(e);
        }
    }

    /** Copies one file; one that cannot be read is an error at its path, like an unreadable post. */
    private void copy(Path file, String relative) {
        try {
            out.copy(file, relative);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemException fs && file.toString().equals(fs.getFile())) {
                problems.add(SourceFile.unreadable(display(file), fs));
            } else {
                throw e;
            }
        }
    }

    private String display(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
