package dev.reckon.output;

import dev.reckon.files.AtomicFiles;
import dev.reckon.files.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lets a rebuild with nothing changed finish without rendering anything. After a clean build
 * (no warnings, which a skipped build could not repeat) it records a digest of every input — the
 * bytes of {@code content/} and {@code templates/}, the build options, and Reckon's own code — and a
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

    /** @param options every build option that shapes the output, as text */
    public static BuildStamp of(Path root, String options) {
        MessageDigest digest = Sha256.digest();
        update(digest, "options " + options);
        update(digest, "code " + codeIdentity());
        for (String dir : List.of("content", "templates")) {
            Path base = root.resolve(dir);
            for (Path file : files(base)) {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    update(digest, "file " + base.relativize(file).toString().replace('\\', '/') + " " + bytes.length);
                    digest.update(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new BuildStamp(root.resolve(FILE), HexFormat.of().formatHex(digest.digest()));
    }

    /** The summary recorded with the last build, if inputs and output are exactly as it left them. */
    public Optional<String> upToDate(Path output) {
        try {
            List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
            if (lines.size() != 4 || !lines.get(0).equals(MAGIC) || !lines.get(1).equals(inputs)
                    || !Files.isDirectory(output) || !lines.get(2).equals(listing(output))) {
                return Optional.empty();
            }
            return Optional.of(lines.get(3));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a finished build and its one-line {@code summary}, for a later build to skip itself. */
    public void record(Path output, String summary) {
        try {
            String text = MAGIC + "\n" + inputs + "\n" + listing(output) + "\n" + summary + "\n";
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

    /** Path, size and modification time of every file of the output, in a stable order. */
    private static String listing(Path output) {
        MessageDigest digest = Sha256.digest();
        for (Path file : files(output)) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                update(digest, output.relativize(file) + " " + a.size() + " " + a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
