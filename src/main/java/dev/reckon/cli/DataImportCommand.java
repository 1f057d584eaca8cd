package dev.reckon.cli;

import dev.reckon.calc.Calculator;
import dev.reckon.calc.FigureDimensions;
import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import dev.reckon.data.EpochImport;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert an Epoch AI CSV (\"ML Hardware\" or \"Notable AI Models\", CC BY 4.0) into a site data file,"
                + " content/data/epoch-hardware.yaml or epoch-models.yaml, merged by id with the data set the site has.",
                "A row whose name finds a record (by id, alias or name; a leading vendor word and a parenthesised remark"
                        + " are ignored) only adds the figures and info that record lacks; other rows become new records."})
final class DataImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the CSV as downloaded from epoch.ai")
    Path csv;

    @Option(names = "--kind", required = true, paramLabel = "hardware|models", description = "which of Epoch AI's data sets FILE is")
    String kind;

    @Option(names = "--source", description = "site root (default: .)")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "FILE.yaml", description = "data file to write (default: content/data/epoch-KIND.yaml)")
    Path output;

    @Option(names = "--retrieved", paramLabel = "YYYY-MM-DD", description = "the day the CSV was downloaded (default: today)")
    String retrieved;

    @Option(names = "--id", paramLabel = "NAME=ID", description = "import the row named NAME as record ID (an existing one to merge with, or a new id)")
    Map<String, String> ids = new LinkedHashMap<>();

    @Option(names = "--only", paramLabel = "NAME", description = "import only this row (repeatable; a name as Epoch writes it, or its id)")
    List<String> only = new ArrayList<>();

    @Option(names = "--replace", description = "let Epoch's figures replace the data set's instead of only filling gaps")
    boolean replace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EpochImport.Kind k = kind();
        LocalDate day = retrievedDay();
        for (Map.Entry<String, String> e : ids.entrySet()) {
            if (!e.getValue().matches("[a-z][a-z0-9_]*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--id " + e.getKey() + "=" + e.getValue()
                        + ": ids are lowercase letters, digits and '_', starting with a letter");
            }
        }
        Path root = source.toAbsolutePath().normalize();
        Path target = (output != null ? output : root.resolve("content/data/epoch-" + k.name().toLowerCase(Locale.ROOT) + ".yaml"))
                .toAbsolutePath().normalize();
        String shown = target.startsWith(root) ? root.relativize(target).toString() : target.toString();
        refuseToReplaceAHandWrittenFile(target, shown);
        String text = read(csv);
        DataSet existing = Sites.unchecked(root, target);
        EpochImport.Result result = EpochImport.convert(csv.toString(), text, existing,
                new EpochImport.Options(k, day, ids, only, replace));
        // The file must load and pass the dimension check before it replaces anything.
        FigureDimensions.verify(new Calculator(DataSetLoader.withSiteTexts(existing, Map.of(shown, result.yaml()))));
        Files.createDirectories(target.getParent());
        AtomicFiles.replace(target, result.yaml().getBytes(StandardCharsets.UTF_8));
        var out = spec.commandLine().getOut();
        result.report().forEach(out::println);
        out.println("wrote " + shown + "; credit Epoch AI (CC BY 4.0) where you publish these figures");
        out.flush();
        return 0;
    }

    /** Importing rewrites its file whole, so it never replaces a file it did not write. */
    private static void refuseToReplaceAHandWrittenFile(Path target, String shown) throws IOException {
        if (Files.exists(target) && !Files.readString(target, StandardCharsets.UTF_8).startsWith(EpochImport.HEADER)) {
            throw new ReckonException(Diagnostic.error(shown + " was not written by 'reckon data import'; importing would replace it whole",
                    null, null, "choose another file with --output, or move that one away"));
        }
    }

    private EpochImport.Kind kind() {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "hardware", "accelerators", "ml_hardware" -> EpochImport.Kind.HARDWARE;
            case "models", "notable_ai_models", "all_ai_models" -> EpochImport.Kind.MODELS;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--kind must be 'hardware' (Epoch AI's ML Hardware) or 'models' (Notable AI Models), not '" + kind + "'");
        };
    }

    private LocalDate retrievedDay() {
        if (retrieved == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(retrieved);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--retrieved takes a date such as 2025-06-01, not '" + retrieved + "'");
        }
    }

    private static String read(Path csv) {
        try {
            return Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReckonException(Diagnostic.error("cannot read " + csv + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), null, null,
                    "download the CSV from epoch.ai/data and give its path; it is read as UTF-8"));
        }
    }
}
