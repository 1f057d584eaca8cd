package dev.reckon.output;

import dev.reckon.files.FolderExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A build's folder beside the output, where its files are written until {@link #publish()} puts it
 * in the output's place in one step. Its name carries the id and start time of the process that
 * owns it, so a build tells the leftovers of killed builds (litter, removed) from the folders of
 * builds still running (left alone), whichever site they build.
 */
final class StagingFolder {
    private static final String TEMP_INFIX = ".reckon-tmp-";
    private static final String OLD_INFIX = ".reckon-old-";

    private final Path target;
    private final Path path;
    private final String owner;

    private StagingFolder(Path target, Path path, String owner) {
        this.target = target;
        this.path = path;
        this.owner = owner;
    }

    /** Removes the litter beside {@code target} and creates a fresh staging folder for it. */
    static StagingFolder create(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        removeLitter(target);
        ProcessHandle self = ProcessHandle.current();
        String owner = self.pid() + "-" + startMillis(self) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Path path = sibling(target, TEMP_INFIX + owner);
        // Not Files.createTempDirectory, which makes it owner-only: the umask decides, as for any new folder.
        Files.createDirectory(path);
        return new StagingFolder(target, path, owner);
    }

    Path path() {
        return path;
    }

    /**
     * Puts the staging folder in the target's place. Where the platform can exchange two folders in
     * one step ({@link FolderExchange}), the target holds a whole site at every instant, the old one
     * until the exchange and the new one after; elsewhere the old site is first renamed aside, and
     * a build killed between the two renames leaves no target until the next build of it renames the
     * old site back ({@link #removeLitter}).
     */
    void publish() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(path, target);
        } else if (FolderExchange.exchange(path, target)) {
            OutputDirectory.deleteTree(path); // now the old site
        } else {
            Path old = sibling(target, OLD_INFIX + owner);
            Files.move(target, old);
            Files.move(path, target);
            OutputDirectory.deleteTree(old);
        }
    }

    /** Deletes the staging folder; what was published stays as it was. */
    void discard() {
        try {
            OutputDirectory.deleteTree(path);
        } catch (IOException ignored) {
            // removed by a later build's sweep, once this process has ended
        }
    }

    /**
     * Deletes the staging and set-aside folders of builds whose process has ended; a set-aside old
     * site whose build was killed before the new one was in place becomes the target again.
     */
    static void removeLitter(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.sorted().toList()) {
                String name = p.getFileName().toString();
                boolean old = name.startsWith(prefix + OLD_INFIX);
                if (!old && !name.startsWith(prefix + TEMP_INFIX)
                        || ownerIsAlive(name.substring(prefix.length() + (old ? OLD_INFIX : TEMP_INFIX).length()))) {
                    continue;
                }
                if (old && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, target);
                } else {
                    OutputDirectory.deleteTree(p);
                }
            }
        }
    }

    /**
     * Whether the process named by an owner ({@code pid-startMillis-random}) still runs: the same
     * id with the same start time, so a reused process id does not count. Names of older versions
     * carry no owner, and their builds have ended.
     */
    private static boolean ownerIsAlive(String owner) {
        String[] parts = owner.split("-");
        if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0]));
        return process.isPresent() && process.get().isAlive() && startMillis(process.get()) == Long.parseLong(parts[1]);
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + suffix);
    }
}
