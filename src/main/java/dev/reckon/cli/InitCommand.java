package dev.reckon.cli;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.files.ClassPathFolder;
import dev.reckon.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reckon init DIR}: a new site from the starter shipped in Reckon ({@code dev/reckon/starter}):
 * settings, a first post that uses every kind of directive, a .gitignore and a GitHub Pages
 * workflow. Never overwrites a file; refuses a folder with anything in it unless told {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new site in a folder.")
final class InitCommand implements Callable<Integer> {
    private static final String STARTER = "dev/reckon/starter";
    /** Resource names cannot start with a dot (Maven leaves such files out), so the starter spells it "dot-". */
    private static final String DOT = "dot-";

    @Parameters(index = "0", arity = "0..1", description = "the folder to create the site in (default: .)")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "add the starter's files to a folder that is not empty (existing files are kept)")
    boolean force;

    @Option(names = "--templates", description = "also copy the default theme's templates and assets into templates/, to edit them")
    boolean templates;

    @Option(names = "--title", description = "the site's title (default: the folder's name)")
    String title;

    @Option(names = "--author", description = "the author named in feeds and metadata (default: the title)")
    String author;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!force && hasEntries(root)) {
            throw new ReckonException(Diagnostic.error(dir + " is not empty; nothing was written", null, null,
                    "pick an empty or new folder, or add --force to add the missing files (existing ones are kept)"));
        }
        String siteTitle = title != null ? title : (root.getFileName() == null ? "My site" : root.getFileName().toString());
        Map<String, String> values = Map.of(
                "@TITLE@", yamlText(siteTitle),
                "@AUTHOR@", yamlText(author != null ? author : siteTitle),
                "@DATE@", LocalDate.now().toString(),
                "@VERSION@", Versions.reckon());
        SortedMap<String, byte[]> files = new TreeMap<>();
        ClassPathFolder.read(STARTER, "dot-gitignore").forEach((name, bytes) ->
                files.put(name.replaceAll("(^|/)" + DOT, "$1."), fill(bytes, values)));
        if (templates) {
            Theme.files().forEach((name, bytes) -> files.put("templates/" + name, bytes));
        }
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (var file : files.entrySet()) {
            (create(root.resolve(file.getKey()), file.getValue()) ? created : kept).add(file.getKey());
        }
        var out = spec.commandLine().getOut();
        out.println("created " + created.size() + " files in " + dir + ": " + String.join(", ", created));
        if (!kept.isEmpty()) {
            out.println("kept " + kept.size() + " existing files: " + String.join(", ", kept));
        }
        out.println("next: reckon build --source " + dir + "   (or reckon serve --source " + dir + " to preview)");
        return 0;
    }

    private static boolean hasEntries(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            if (Files.exists(root)) {
                throw new ReckonException(Diagnostic.error(root + " is a file, not a folder; nothing was written", null, null,
                        "name a new or empty folder"));
            }
            return false;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isPresent();
        }
    }

    /** Writes a new file; false if one is already there (CREATE_NEW: checking and writing are one step). */
    private static boolean create(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private static byte[] fill(byte[] template, Map<String, String> values) {
        String text = new String(template, StandardCharsets.UTF_8);
        for (var value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The inside of a double-quoted YAML scalar. */
    private static String yamlText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
