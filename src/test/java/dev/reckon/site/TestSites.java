package dev.reckon.site;

import dev.reckon.js.SharedJs;
import dev.reckon.math.SharedKatex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** Builds real sites on disk with the shared KaTeX engine. */
public final class TestSites {
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    public static final Path REPO = Path.of("").toAbsolutePath();

    private TestSites() {
    }

    /**
     * One dynamic test per fixture folder under {@code parent} that {@code include} accepts, named by
     * the folder and run in name order: the shape of every fixture-driven suite.
     */
    public static Stream<DynamicTest> eachFolder(Path parent, Predicate<Path> include, ThrowingConsumer<Path> check)
            throws IOException {
        try (Stream<Path> folders = Files.list(parent)) {
            return folders.filter(include).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check.accept(dir)));
        }
    }

    public static BuildSummary build(Path siteRoot, Path output) {
        return builder(siteRoot).build(new BuildOptions(siteRoot, output, false, false, TODAY));
    }

    /** Builds as {@code serve} does: one live builder for every rebuild, writing only what changed. */
    public static java.util.function.Supplier<BuildSummary> serving(Path siteRoot, Path output) {
        SiteBuilder live = builder(siteRoot).live();
        return () -> live.build(new BuildOptions(siteRoot, output, false, false, TODAY));
    }

    /** A builder for the site with the shared test KaTeX, as the CLI would make it. */
    public static SiteBuilder builder(Path siteRoot) {
        return new SiteBuilder(SharedJs.get(), SharedKatex::get);
    }

    /** Copies a test site to {@code target}, adding the repository's default theme when it brings none. */
    public static Path copySite(Path source, Path target) {
        copyTree(source, target);
        if (!Files.isDirectory(target.resolve("templates"))) {
            copyTree(REPO.resolve("templates"), target.resolve("templates"));
        }
        return target;
    }

    /** A site with the default theme, the given {@code site.yaml} and an empty {@code content/posts/}. */
    public static Path themedSite(Path dir, String siteYaml) {
        copyTree(REPO.resolve("templates"), dir.resolve("templates"));
        try {
            Files.createDirectories(dir.resolve("content/posts"));
            Files.writeString(dir.resolve("content/site.yaml"), siteYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * A themed site of {@code posts} short generated posts ({@code generated-N}), each with one
     * directive but no math or code: a cold KaTeX engine would dominate the time of a build whose
     * output folder is what a test is about.
     */
    public static Path bulkSite(Path dir, int posts) {
        themedSite(dir, "title: Bulk\nbase_url: https://example.org/\n");
        try {
            for (int i = 0; i < posts; i++) {
                Files.writeString(dir.resolve("content/posts/generated-" + i + ".md"), """
                        ---
                        title: Generated %d
                        date: 2023-06-01
                        tags: [bulk]
                        ---
                        Weights of post %d: `= %d param * fp16.bytes -> GB`. Some prose to render, **bold** and _em_.
                        """.formatted(i, i, 1_000_000 + i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} with its bytes, by relative path. */
    public static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String f : MathCacheSiteTest.relativeFiles(root)) {
            files.put(f, Files.readAllBytes(root.resolve(f)));
        }
        return files;
    }
}
