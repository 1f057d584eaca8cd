package dev.reckon.cli;

import dev.reckon.calc.Calculator;
import dev.reckon.calc.FigureDimensions;
import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The data set of a site, for the commands that read it outside a build. */
final class Sites {
    private Sites() {
    }

    /**
     * The bundled data set extended by the site's {@code content/data/*.yaml}, if any, with every
     * figure checked ({@link FigureDimensions}).
     */
    static DataSet data(Path siteRoot) {
        DataSet data = unchecked(siteRoot, null);
        FigureDimensions.verify(new Calculator(data));
        return data;
    }

    /** The site's data set, leaving out {@code except} (a file about to be replaced), figures unchecked. */
    static DataSet unchecked(Path siteRoot, Path except) {
        Path dir = siteRoot.toAbsolutePath().normalize().resolve("content/data");
        if (!Files.isDirectory(dir)) {
            return DataSetLoader.bundled();
        }
        Path skip = except == null ? null : except.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(skip)).sorted().toList();
            return DataSetLoader.withSiteFiles(DataSetLoader.bundled(), siteRoot.toAbsolutePath().normalize(), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
