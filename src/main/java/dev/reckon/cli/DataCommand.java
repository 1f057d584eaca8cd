package dev.reckon.cli;

import dev.reckon.data.DataListing;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "data", mixinStandardHelpOptions = true, subcommands = DataImportCommand.class,
        description = "List data records (hardware, models, formats, datacenters) with their figures, sources and dates; "
                + "'reckon data fields [KIND]' says what each known field means and measures.")
final class DataCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "hardware, models, formats or datacenters (or 'fields')")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "one record's id or alias")
    String name;

    @Option(names = "--source", description = "site root whose content/data/*.yaml extends the data set (default: .)")
    Path source = Path.of(".");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // "reckon data h200" is friendlier than "reckon data hardware h200": a lone argument that is
        // not a kind is taken as a name.
        String k = kind;
        String n = name;
        if ("fields".equals(k)) {
            spec.commandLine().getOut().print(DataListing.fields(Sites.data(source), n));
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (n == null && k != null && !k.matches("(?i)hardware|accelerators?|models?|formats?|datacenters?")) {
            n = k;
            k = null;
        }
        spec.commandLine().getOut().print(DataListing.render(Sites.data(source), k, n));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
