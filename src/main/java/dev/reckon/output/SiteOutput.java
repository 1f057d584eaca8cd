package dev.reckon.output;

import java.nio.file.Path;

/**
 * Where one build's files go; nothing is visible to readers until {@link #commit()}. Distinct files
 * may be written from several threads at once.
 */
public interface SiteOutput {
    /** Adds a file at {@code relative} (slash-separated, must stay inside the output). */
    void write(String relative, byte[] content);

    /** Adds a copy of {@code source} at {@code relative}. */
    void copy(Path source, String relative);

    /** Publishes the whole build at once. */
    void commit();

    /** Drops this build's files; what was published stays as it was. */
    void abandon();
}
