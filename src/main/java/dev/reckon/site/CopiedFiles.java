package dev.reckon.site;

import dev.reckon.content.Page;
import dev.reckon.math.KatexAssets;
import dev.reckon.output.SiteOutput;
import dev.reckon.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files a build copies rather than lays out: posts' bundled files, the theme's and the site's assets, and KaTeX's. */
final class CopiedFiles {
    private CopiedFiles() {
    }

    /** @param math whether any page has math, and so needs KaTeX's stylesheet and fonts */
    static void copy(SiteOutput out, Path root, List<Page> posts, boolean math) {
        copyBundles(out, posts);
        copyAssets(out, root.resolve("templates/assets"));
        if (math) {
            KatexAssets.files().forEach((name, bytes) -> out.write("katex/" + name, bytes));
        }
    }

    /** A bundle's files beside its {@code index.md} go beside its page. */
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
}
