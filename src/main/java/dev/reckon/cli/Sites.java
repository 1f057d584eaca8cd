package dev.reckon.cli;

import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return DataSetLoader.bundled();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // Links are not followed (the build reports each at its path), like everywhere in content/.
            List<Path> yaml = files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            return DataSetLoader.withSiteFiles(DataSetLoader.bundled(), siteRoot.toAbsolutePath().normalize(), yaml);
        } catch (IOException e) {
            // An unreadable folder: the build reports it at its path.
            return DataSetLoader.bundled();
        }
    }
}
