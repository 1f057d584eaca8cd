package dev.reckon.cli;

import dev.reckon.diag.Diagnostic;
import dev.reckon.js.JsEngine;
import dev.reckon.math.KatexRenderer;
import dev.reckon.site.BuildOptions;
import dev.reckon.site.BuildSummary;
import dev.reckon.site.SiteBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--output", description = "output folder (default: public/ under the site root)")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "print errors only")
    boolean quiet;

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path source = site.source;
        Path out = output != null ? output : source.resolve("public");
        BuildOptions options = new BuildOptions(source, out, site.drafts, site.future, LocalDate.now());
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        BuildSummary summary;
        List<String> timings;
        // The progress line goes to stderr so stdout stays the summary alone, even on a terminal.
        try (Renderers renderers = new Renderers();
                Console.Progress progress = new Console.Progress(Console.isTerminal() && !quiet ? stderr : null,
                        quiet ? null : stderr)) {
            summary = new SiteBuilder(renderers.js(), renderers::katex).build(options, progress);
            timings = progress.timings();
        }
        if (!quiet) {
            for (Diagnostic warning : summary.warnings()) {
                stderr.print(Console.paint(warning.render()));
            }
            stdout.println(Console.bold(summary.describe((System.nanoTime() - start) / 1_000_000)) + " -> " + out);
            if (main.verbose) {
                timings.forEach(stdout::println);
            }
        }
        stderr.flush();
        stdout.flush();
        return 0;
    }

    /**
     * Owns the build-time JavaScript of one command: the engine (started only if some formula or code
     * block is not cached) and KaTeX on it (created only if a formula needs it).
     */
    static final class Renderers implements AutoCloseable {
        private final JsEngine js = new JsEngine();
        private KatexRenderer katex;

        JsEngine js() {
            return js;
        }

        synchronized KatexRenderer katex() {
            if (katex == null) {
                katex = new KatexRenderer(js);
            }
            return katex;
        }

        @Override
        public synchronized void close() {
            if (katex != null) {
                katex.close();
            }
            js.close();
        }
    }
}
