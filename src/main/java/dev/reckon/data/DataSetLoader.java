package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads data files (the bundled {@code accelerators.yaml}, {@code models.yaml}, {@code formats.yaml},
 * {@code datacenters.yaml} and a site's own {@code content/data/*.yaml}) into a {@link DataSet}, reporting every problem of
 * the input as a positioned {@link Diagnostic}. The schema is described at the top of each bundled
 * file.
 *
 * <p><b>Site files.</b> A site file uses the same schema. A record whose id is new is added (it
 * needs {@code name}, {@code source} and {@code confirmed}). A record whose id already exists
 * <em>overrides</em> that record field by field and keeps everything it does not set:
 * <ul>
 *   <li>{@code name} and the record's {@code source}/{@code confirmed}/{@code estimate}/{@code note}
 *       replace the old ones when given;</li>
 *   <li>{@code aliases} are added to the existing ones;</li>
 *   <li>{@code info} entries and {@code data} figures replace the entries with the same key or
 *       path and add the others; every figure the site file sets must get its source from the
 *       record entry in that file or from the figure itself, never from the record it overrides;</li>
 *   <li>a group's {@code headline} follows the sibling it named, so a site that replaces
 *       {@code bf16.sparse} also changes {@code bf16.headline} when that was the headline.</li>
 * </ul>
 * A record or figure may say when it was true ({@code as_of}; a record's is the default of the
 * figures it sets). Figure names of a kind Reckon knows are checked against {@link KnownFields}
 * ({@code FieldNames}): a near miss of a known field is an error, not a new figure. Whether each
 * figure evaluates and has its field's dimension is the engine's check ({@code calc.FigureDimensions}).
 * An override names the record by its id; naming it by an alias is an error, as is a different
 * {@code kind}. Files are applied in the order given; diagnostics from all files are collected and
 * thrown together as one {@link ReckonException}.
 *
 * <p><b>Display paths.</b> Bundled files are shown as {@code reckon:data/accelerators.yaml}; site
 * files relative to the site root passed to {@link #withSiteFiles(DataSet, Path, List)}, or as
 * given when there is no root or the file lies outside it.
 */
public final class DataSetLoader {
    private static final String RESOURCE_DIR = "/dev/reckon/data/";
    static final List<String> BUNDLED_FILES = List.of("accelerators.yaml", "models.yaml", "formats.yaml", "datacenters.yaml");
    /** Bundled files a build of Reckon may lack: the loader reads them when they are there. */
    private static final List<String> OPTIONAL_FILES = List.of("datacenters.yaml");
    static final String BUNDLED_PREFIX = "reckon:data/";

    private static volatile DataSet bundled;

    private DataSetLoader() {
    }

    /** The data set shipped inside Reckon; loaded once, then shared (it is immutable). */
    public static DataSet bundled() {
        DataSet d = bundled;
        if (d == null) {
            synchronized (DataSetLoader.class) {
                d = bundled;
                if (d == null) {
                    d = loadBundled();
                    bundled = d;
                }
            }
        }
        return d;
    }

    private static DataSet loadBundled() {
        return load(DataSet.empty(), false, (reader, diagnostics) -> {
            for (String f : BUNDLED_FILES) {
                String text = readResource(f);
                if (text != null) {
                    reader.read(BUNDLED_PREFIX + f, text);
                }
            }
        });
    }

    private static String readResource(String f) {
        try (InputStream in = DataSetLoader.class.getResourceAsStream(RESOURCE_DIR + f)) {
            if (in == null && OPTIONAL_FILES.contains(f)) {
                return null;
            }
            if (in == null) {
                throw new IllegalStateException("bundled data file missing from the jar: " + f);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled data file " + f, e);
        }
    }

    /**
     * {@code base} plus the site's files in the given order, each shown relative to {@code root}
     * (the site directory; null to show paths as given).
     *
     * @throws ReckonException with every diagnostic of every file when any file is invalid
     */
    public static DataSet withSiteFiles(DataSet base, Path root, List<Path> files) {
        return load(base, true, (reader, diagnostics) -> {
            for (Path f : files) {
                readSiteFile(reader, diagnostics, displayPath(root, f), f);
            }
        });
    }

    private static void readSiteFile(DraftReader reader, List<Diagnostic> diagnostics, String display, Path f) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // keep going: the other files' problems are worth showing in the same run
            diagnostics.add(Diagnostic.error("cannot read data file " + display + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    null, null, "data files are UTF-8 text"));
            return;
        }
        reader.read(display, text);
    }

    /**
     * {@code base} plus site data files given as text (display path → YAML), e.g. a file about to be
     * written, checked before it replaces anything.
     */
    public static DataSet withSiteTexts(DataSet base, Map<String, String> texts) {
        return fromTexts(base, true, texts);
    }

    /** For tests and tools: loads texts (display path → YAML) on top of {@code base}. */
    static DataSet fromTexts(DataSet base, boolean site, Map<String, String> texts) {
        return load(base, site, (reader, diagnostics) -> texts.forEach(reader::read));
    }

    /**
     * Runs {@code files} against a reader whose drafts go straight to a merger over {@code base};
     * {@code files} may add its own diagnostics (a file it cannot read) to the shared list.
     */
    private static DataSet load(DataSet base, boolean site, BiConsumer<DraftReader, List<Diagnostic>> files) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        RecordMerger merger = new RecordMerger(base, site, diagnostics);
        files.accept(new DraftReader(diagnostics, merger::apply), diagnostics);
        return merger.build();
    }

    static String displayPath(Path root, Path file) {
        Path shown = file;
        if (root != null) {
            Path r = root.toAbsolutePath().normalize();
            Path f = file.toAbsolutePath().normalize();
            if (f.startsWith(r)) {
                shown = r.relativize(f);
            }
        }
        return shown.toString().replace(File.separatorChar, '/');
    }
}
