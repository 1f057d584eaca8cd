package dev.reckon.cli;

import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The data set of a site, for the commands that read it outside a build. */
final class Sites {
    private Sites() {
    }

    /** The bundled data set extended by the site's {@code content/data/*.yaml}, if any. */
    static DataSet data(Path siteRoot) {
        Path dir = siteRoot.toAbsolutePath().normalize().resolve("content/data");
        if (!Files.isDirectory(dir)) {
            return DataSetLoader.bundled();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            return DataSetLoader.withSiteFiles(DataSetLoader.bundled(), siteRoot.toAbsolutePath().normalize(), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
