package dev.reckon.output;

import dev.reckon.content.SourceTree;
import dev.reckon.files.AtomicFiles;
import dev.reckon.files.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lets a rebuild with nothing changed finish without rendering anything. After a clean build
 * (no warnings, which a skipped build could not repeat) it records a digest of every input — the
 * bytes of {@code content/} and {@code templates/} ({@link SourceTree}), the build options, and Reckon's own code — and a
 * digest of the output folder's listing (path, size, modification time), with the build's summary.
 * A later build whose inputs and output both still match gets the recorded summary back. Anything
 * else, including a missing or damaged stamp or a touched output folder, means a full build;
 * deleting {@code .reckon/} is always safe.
 */
public final class BuildStamp {
    /** The stamp of the site's last recorded build, relative to the site root; safe to delete. */
    public static final String FILE = ".reckon/cache/build-stamp";
    private static final String MAGIC = "reckon-build-stamp 2";

    private final Path stampFile;
    private final String inputs;

    private BuildStamp(Path stampFile, String inputs) {
        this.stampFile = stampFile;
        this.inputs = inputs;
    }

    /**
     * The stamp of a build over these sources, or null when a source cannot be read or is refused
     * (a link, an unreadable folder): the full build then reports it at its path.
     *
     * @param options every build option that shapes the output, as text
     */
    public static BuildStamp of(Path root, SourceTree sources, String options) {
        if (!sources.problems().isEmpty()) {
            return null;
        }
        MessageDigest digest = Sha256.digest();
        update(digest, "options " + options);
        update(digest, "code " + codeIdentity());
        for (Path file : sources.files()) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                update(digest, "file " + root.relativize(file).toString().replace('\\', '/') + " " + bytes.length);
                digest.update(bytes);
            } catch (IOException e) {
                return null;
            }
        }
        return new BuildStamp(root.resolve(FILE), HexFormat.of().formatHex(digest.digest()));
    }

    /** The summary recorded with the last build, if inputs and output are exactly as it left them. */
    public Optional<String> upToDate(Path output) {
        try {
            List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
            if (lines.size() != 4 || !lines.get(0).equals(MAGIC) || !lines.get(1).equals(inputs)
                    || !Files.isDirectory(output) || !lines.get(2).equals(list(output).digest())) {
                return Optional.empty();
            }
            return Optional.of(lines.get(3));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a finished build and its one-line {@code summary}, for a later build to skip itself.
     *
     * @param published what the build published, as its {@link SiteOutput#commit()} listed it
     */
    public void record(String published, String summary) {
        try {
            String text = MAGIC + "\n" + inputs + "\n" + published + "\n" + summary + "\n";
            AtomicFiles.replace(stampFile, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Without a stamp the next build is simply a full one.
        }
    }

    /** Removes the stamp, so the next build runs fully (after a build whose warnings a skipped build could not repeat). */
    public void remove() {
        try {
            Files.deleteIfExists(stampFile);
        } catch (IOException e) {
            // Left in place, it was recorded for other inputs than this build's, so it cannot match them.
        }
    }

    /**
     * The regular files below a folder, relative to it, and a digest of their paths, sizes and
     * modification times in path order: what a stamp records of an output. One walk serves both the
     * output's check before it is published and the stamp ({@link OutputDirectory#commit}): moving
     * a folder into place changes none of them.
     */
    record Listing(Set<Path> files, String digest) {
    }

    static Listing list(Path dir) throws IOException {
        SortedMap<Path, BasicFileAttributes> files = new TreeMap<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.put(dir.relativize(file), attrs);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        MessageDigest digest = Sha256.digest();
        files.forEach((file, a) -> update(digest, file + " " + a.size() + " " + a.lastModifiedTime().toMillis()));
        return new Listing(files.keySet(), HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Where Reckon's classes come from, with size and time: a rebuilt jar (new code, new bundled data
     * or KaTeX) invalidates every stamp. From a classes folder (tests, IDE) every class file counts.
     */
    public static String codeIdentity() {
        try {
            Path code = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            StringBuilder id = new StringBuilder(code.toString());
            for (Path f : Files.isDirectory(code) ? files(code) : List.of(code)) {
                id.append(' ').append(Files.size(f)).append('@').append(Files.getLastModifiedTime(f).toMillis());
            }
            return id.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code identity: never claim to be up to date.
            return "unknown " + System.nanoTime();
        }
    }

    private static List<Path> files(Path base) {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
