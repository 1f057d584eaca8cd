package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a site's sources, {@code content/} and {@code templates/}, found without following
 * any link. A symbolic link there is an error at its path, whatever it points to: followed, a link
 * contributed to a site would publish a file from outside it (the CI runner's {@code /etc/passwd})
 * or from inside it but never meant for publishing ({@code .git/config}, with its tokens), and a
 * link to a parent would loop. Hidden links are left alone: nothing reads them (links are never
 * copied, and the content loader skips hidden names). A folder that cannot be read is an error at
 * its path too.
 *
 * @param files    every regular file, in path order
 * @param problems the links and unreadable folders found
 */
public record SourceTree(List<Path> files, List<Diagnostic> problems) {
    /** The folders of a site that hold its sources, relative to the site root. */
    public static final List<String> FOLDERS = List.of("content", "templates");

    public static SourceTree scan(Path siteRoot) {
        Path root = siteRoot.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path base = root.resolve(folder);
            if (Files.isSymbolicLink(base) || Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, base, files, problems);
            }
        }
        files.sort(null);
        return new SourceTree(List.copyOf(files), List.copyOf(problems));
    }

    private static void walk(Path root, Path base, List<Path> files, List<Diagnostic> problems) {
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        // A hidden link is read by nothing (an editor's lock, such as Emacs's .#post.md).
                        if (!file.getFileName().toString().startsWith(".")) {
                            problems.add(link(file, display(root, file)));
                        }
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(unreadable(file, display(root, file), e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(unreadable(base, display(root, base), e));
        }
    }

    /** The error for a symbolic link found among the sources, naming where it points. */
    static Diagnostic link(Path link, String displayPath) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        return Diagnostic.error("symbolic link to " + target + " is not followed",
                SourceSpan.of(displayPath, 1, 1), null,
                "Reckon follows no links in content/ and templates/, so nothing outside the site is published; "
                        + "put the file itself here instead");
    }

    /** The error for a folder (or, rarely, a file) whose entry cannot be read. */
    private static Diagnostic unreadable(Path path, String displayPath, IOException e) {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return SourceFile.unreadable(displayPath, e);
        }
        return Diagnostic.error("cannot read folder: " + SourceFile.reason(e), SourceSpan.of(displayPath, 1, 1), null,
                "make the folder readable, e.g. chmod u+rx " + displayPath);
    }

    static String display(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
