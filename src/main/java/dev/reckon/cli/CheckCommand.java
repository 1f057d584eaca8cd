package dev.reckon.cli;

import dev.reckon.check.CheckReport;
import dev.reckon.check.ExternalLinks;
import dev.reckon.check.SiteCheck;
import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Build the site into a temporary folder and report every problem at once: build errors, "
                + "broken internal links and anchors, missing images and alt text, pages without a description, "
                + "and figures typed by hand in prose. public/ is not touched.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--strict", description = "treat hand-typed figures as errors, not warnings")
    boolean strict;

    @Option(names = "--external", description = "also request external http(s) links (politely: one request at a time per host)")
    boolean external;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path source = site.source;
        var err = spec.commandLine().getErr();
        CheckReport report;
        try (BuildCommand.Renderers renderers = new BuildCommand.Renderers()) {
            SiteCheck check = new SiteCheck(renderers.js(), renderers::katex, dataForFigures(source),
                    external ? new ExternalLinks(Duration.ofSeconds(10)) : null);
            try (Console.Progress progress = new Console.Progress(null, err)) {
                report = check.run(new SiteCheck.Options(source, site.drafts, site.future, LocalDate.now(), strict), progress);
            }
        }
        for (Diagnostic d : report.problems()) {
            err.print(Console.paint(d.render()));
        }
        String summary = "checked " + count(report.pages(), "page") + ": " + count(report.errors(), "error") + ", "
                + count(report.warnings(), "warning");
        if (report.errors() > 0) {
            err.println(summary);
        } else {
            spec.commandLine().getOut().println(summary);
        }
        err.flush();
        spec.commandLine().getOut().flush();
        return report.errors() > 0 ? Main.CONTENT_ERROR : 0;
    }

    /**
     * The data set hand-typed figures are matched against: the site's, or with broken data files the
     * bundled one, so the check still runs and its build reports those files' errors with every other.
     */
    private static DataSet dataForFigures(Path source) {
        try {
            return Sites.data(source);
        } catch (ReckonException brokenDataFiles) {
            return DataSetLoader.bundled();
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
