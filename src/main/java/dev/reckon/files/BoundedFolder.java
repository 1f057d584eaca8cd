package dev.reckon.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A cache folder (its files at any depth) kept under a size bound: once its files exceed
 * it, the oldest by modification time are deleted until they are back under 90 % of it. Never
 * fails: files another process removes meanwhile, or that cannot be deleted, are skipped.
 */
public final class BoundedFolder {
    private BoundedFolder() {
    }

    /**
     * @param removable which files may go (e.g. not those still linked from elsewhere)
     * @return the number of files deleted
     */
    public static int trim(Path dir, long maxBytes, Predicate<Path> removable) {
        record Entry(Path file, long size, FileTime modified) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        entries.add(new Entry(f, a.size(), a.lastModifiedTime()));
                        total += a.size();
                    }
                } catch (IOException ignored) {
                    // removed meanwhile by a concurrent build
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        if (total <= maxBytes) {
            return 0;
        }
        // Oldest first; ties by name so eviction does not depend on listing order.
        entries.sort(Comparator.comparing(Entry::modified).thenComparing(Entry::file));
        long target = maxBytes / 10 * 9;
        int deleted = 0;
        for (Entry e : entries) {
            if (total <= target) {
                break;
            }
            if (removable.test(e.file()) && delete(e.file())) {
                total -= e.size();
                deleted++;
            }
        }
        return deleted;
    }

    private static boolean delete(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
