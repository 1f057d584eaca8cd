package dev.reckon.output;

import java.nio.file.Path;

/**
 * Where one build's files go; nothing is visible to readers until {@link #commit()}. Distinct files
 * may be written from several threads at once.
 */
public interface SiteOutput {
    /**
     * Adds a file at {@code relative} (slash-separated, must stay inside the output); a second file
     * at one path is refused, never a silent replacement of the first.
     */
    void write(String relative, byte[] content);

    /** Adds a copy of {@code source} at {@code relative}, refused like {@link #write} if that path is taken. */
    void copy(Path source, String relative);

    /** Whether this build has already written a file at {@code relative}. */
    boolean contains(String relative);

    /**
     * Publishes the whole build at once.
     *
     * @return what was published, as a build stamp records it (paths, sizes, times); null where
     *         no stamp is kept ({@code serve})
     */
    String commit();

    /** Drops this build's files; what was published stays as it was. */
    void abandon();
}
