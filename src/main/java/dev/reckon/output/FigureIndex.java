package dev.reckon.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.reckon.files.AtomicFiles;
import dev.reckon.files.Sha256;
import dev.reckon.markdown.page.PageFigures;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every figure the last published build put on its pages, kept in {@code .reckon/figures.json}: per
 * page, each computed number (position, kind, expression, value as printed, data figures used) and
 * each data figure it used (value, source, confirmation, date), in file order; and the figures the
 * last build that changed any changed ({@link FigureChanges}). A build compares its pages with the
 * index only when their digest (the index's first member) differs, and rewrites it only then, so a
 * warm build whose figures are all as before reads one line of it.
 */
public final class FigureIndex {
    /** Relative to the site root; safe to delete (the next build records the figures afresh, reporting no changes). */
    public static final String FILE = ".reckon/figures.json";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern DIGEST = Pattern.compile("\"digest\"\\s*:\\s*\"([0-9a-f]{64})\"");

    /** One page's figures; {@code post} tells a post from a standalone page. */
    public record Page(String file, String url, boolean post, PageFigures figures) {
    }

    /** The index as stored: pages in file order and the last changes. */
    public record Index(List<Page> pages, List<FigureChanges.Change> changed) {
    }

    private FigureIndex() {
    }

    /**
     * Records the figures of a published build and returns what changed since the last recorded one
     * (nothing on the first, or when the index was deleted or damaged).
     */
    public static List<FigureChanges.Change> record(Path root, List<Page> pages) {
        List<Page> sorted = new ArrayList<>(pages);
        sorted.removeIf(p -> p.figures().published().isEmpty() && p.figures().data().isEmpty());
        sorted.sort(Comparator.comparing(Page::file));
        String digest = digest(sorted);
        Path file = root.resolve(FILE);
        if (digest.equals(storedDigest(file))) {
            return List.of();
        }
        Optional<Index> last = read(root);
        List<FigureChanges.Change> changed = last.map(old -> FigureChanges.between(old.pages(), sorted)).orElse(List.of());
        // A build that changed no printed value keeps the changes of the last one that did.
        List<FigureChanges.Change> kept = changed.isEmpty() ? last.map(Index::changed).orElse(List.of()) : changed;
        try {
            AtomicFiles.replace(file, json(digest, sorted, kept));
        } catch (IOException e) {
            // Like the caches beside it, the index is a convenience: the published build stands without it.
            return changed;
        }
        return changed;
    }

    /** The index of the last published build, if there is one that can be read. */
    public static Optional<Index> read(Path root) {
        try (JsonParser in = JSON.createParser(Files.readAllBytes(root.resolve(FILE)))) {
            return Optional.of(FigureJson.readIndex(in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What the pages' figures are, as one digest: equal digests mean nothing to compare. */
    static String digest(List<Page> pages) {
        StringBuilder text = new StringBuilder();
        for (Page page : pages) {
            text.append(page.file()).append('\n').append(page.url()).append('\n').append(page.post()).append('\n');
            FigureLines.write(page.figures(), text);
        }
        return Sha256.hex(text.toString());
    }

    /** The digest on the index's first lines, read without parsing the rest; null when there is none. */
    private static String storedDigest(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[200];
            int n = in.read(head);
            Matcher m = DIGEST.matcher(n < 0 ? "" : new String(head, 0, n));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] json(String digest, List<Page> pages, List<FigureChanges.Change> changed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("digest", digest);
            FigureJson.writePages(out, pages);
            FigureJson.writeChanges(out, changed);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
