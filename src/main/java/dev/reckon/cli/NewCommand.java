package dev.reckon.cli;

import dev.reckon.content.Page;
import dev.reckon.content.Slugs;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create new content.",
        subcommands = NewCommand.Post.class)
final class NewCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to create, e.g. 'reckon new post \"Title\"'");
    }

    @Command(name = "post", mixinStandardHelpOptions = true, description = "Create a draft post with front matter filled in.")
    static final class Post implements Callable<Integer> {
        @Parameters(index = "0", description = "the post's title")
        String title;

        @Option(names = "--bundle", description = "create content/posts/<slug>/index.md, a folder for the post's images")
        boolean bundle;

        @Option(names = "--source", description = "site root (default: .)")
        Path source = Path.of(".");

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String slug = Slugs.fromTitle(title);
            if (slug.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "the title '" + title + "' has no letters or digits to make a file name from");
            }
            var problem = Slugs.problem(slug, Page.Kind.POST);
            if (problem.isPresent()) {
                // The build would refuse the post: say so now, with the build's own words.
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the title '" + title + "' makes an "
                        + problem.get().message() + "; " + problem.get().hint()
                        + "; add a word to the title (the title itself can be changed afterwards)");
            }
            Path posts = source.resolve("content/posts");
            Path file = bundle ? posts.resolve(slug).resolve("index.md") : posts.resolve(slug + ".md");
            Path other = bundle ? posts.resolve(slug + ".md") : posts.resolve(slug).resolve("index.md");
            if (Files.exists(other)) {
                throw exists(other);
            }
            Files.createDirectories(file.getParent());
            String frontMatter = "---\ntitle: " + yamlString(title) + "\ndate: " + LocalDate.now()
                    + "\ndraft: true\ndescription: \"\"\ntags: []\n---\n\n";
            try {
                // CREATE_NEW makes the existence check and the write one step: nothing is ever overwritten.
                Files.writeString(file, frontMatter, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                throw exists(file);
            }
            spec.commandLine().getOut().println("created " + file);
            return 0;
        }

        private static ReckonException exists(Path file) {
            return new ReckonException(Diagnostic.error(file + " already exists; nothing was written", null, null,
                    "pick another title, or edit the existing post"));
        }

        /** A double-quoted YAML scalar, so titles with colons or quotes stay one string. */
        private static String yamlString(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
