package dev.reckon.output;

import dev.reckon.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The output of {@code serve}, where a rebuild after a one-line edit must take milliseconds: each
 * build is collected in memory, and its commit writes only the files that differ from the previous
 * build straight into the served folder (each by an atomic rename, so no request sees half a file)
 * and removes those that went away. A failed build commits nothing, so the last good site stays
 * served. {@code build} keeps using {@link OutputDirectory}, whose whole-folder swap is what a
 * published site needs.
 */
public final class LiveOutput {
    private final Path target;
    /** What the folder holds, as of the last commit; null before the first. */
    private Map<String, byte[]> published;

    public LiveOutput(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public boolean writesTo(Path output) {
        return target.equals(output.toAbsolutePath().normalize());
    }

    public SiteOutput begin(Path siteRoot) {
        Path out = OutputDirectory.checkTarget(target, siteRoot);
        Map<String, byte[]> files = new ConcurrentHashMap<>(); // pages are written from several threads
        files.put(OutputDirectory.MARKER, OutputDirectory.MARKER_TEXT);
        return new SiteOutput() {
            @Override
            public void write(String relative, byte[] content) {
                if (files.putIfAbsent(key(relative), content) != null) {
                    throw OutputDirectory.twice(relative);
                }
            }

            @Override
            public boolean contains(String relative) {
                return files.containsKey(key(relative));
            }

            private String key(String relative) {
                return out.relativize(OutputDirectory.inside(out, relative)).toString();
            }

            @Override
            public void copy(Path source, String relative) {
                try {
                    write(relative, Files.readAllBytes(source));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String commit() {
                publish(out, files);
                return null;
            }

            @Override
            public void abandon() {
            }
        };
    }

    private synchronized void publish(Path out, Map<String, byte[]> files) {
        try {
            if (published == null) {
                // A folder left by an earlier session (owned by Reckon, as checkTarget made sure): start
                // afresh, claiming it first, so an interrupted first publish leaves a folder Reckon still owns.
                OutputDirectory.deleteTree(out);
                AtomicFiles.replace(out.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);
                published = Map.of(OutputDirectory.MARKER, OutputDirectory.MARKER_TEXT);
            }
            for (var file : files.entrySet()) {
                if (!Arrays.equals(published.get(file.getKey()), file.getValue())) {
                    AtomicFiles.replace(out.resolve(file.getKey()), file.getValue());
                }
            }
            for (String gone : published.keySet()) {
                if (!files.containsKey(gone)) {
                    Path file = out.resolve(gone);
                    Files.deleteIfExists(file);
                    removeEmptyFolders(file.getParent(), out);
                }
            }
            published = files;
        } catch (IOException e) {
            published = null; // unknown state: the next build rewrites everything
            throw OutputDirectory.refuse("cannot write the served site: " + e.getMessage(), "check permissions and free space");
        }
    }

    /** Removes {@code dir} and its parents below {@code root} while they are empty (a removed post's folder). */
    private static void removeEmptyFolders(Path dir, Path root) throws IOException {
        for (Path d = dir; d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
