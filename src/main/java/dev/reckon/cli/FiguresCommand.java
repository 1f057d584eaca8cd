package dev.reckon.cli;

import dev.reckon.markdown.page.PageFigures;
import dev.reckon.output.FigureChanges;
import dev.reckon.output.FigureIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "List every figure the last build published (position, value, expression, data figures used); "
                + "--changed: those whose value the last build that changed any changed, and the data figures that caused it.")
final class FiguresCommand implements Callable<Integer> {
    @Option(names = "--source", description = "site root (default: .)")
    Path source = Path.of(".");

    @Option(names = "--changed", description = "only the figures the last build changed: file:line, old → new, and why")
    boolean changed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<FigureIndex.Index> index = FigureIndex.read(source);
        if (index.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("no figures recorded in " + source.resolve(FigureIndex.FILE).normalize()
                    + ": run reckon build first (each build records the figures it published)");
            err.flush();
            return 1;
        }
        if (changed) {
            changes(index.get(), out);
        } else {
            list(index.get(), out);
        }
        out.flush();
        return 0;
    }

    /** {@code content/posts/a.md:12:5  1.6 TB  = weights -> TB | sig 2  (llama31_405b.params, fp32.bytes)}. */
    private static void list(FigureIndex.Index index, PrintWriter out) {
        int count = 0;
        for (FigureIndex.Page page : index.pages()) {
            for (PageFigures.Published p : page.figures().published()) {
                print(out, p.at() + "  " + p.value() + "  = " + p.expression() + uses(p));
                count++;
            }
        }
        out.println(count + " published figure" + (count == 1 ? "" : "s") + " in " + index.pages().size() + " page"
                + (index.pages().size() == 1 ? "" : "s"));
    }

    /** {@code content/posts/a.md:12  1.62 TB → 810 GB  weights -> TB  because h100_sxm.memory 80 GB → 94 GB}. */
    private static void changes(FigureIndex.Index index, PrintWriter out) {
        if (index.changed().isEmpty()) {
            out.println("no published figure has changed since figures were first recorded");
            return;
        }
        for (FigureChanges.Change c : index.changed()) {
            PageFigures.Published p = c.now();
            String why = c.causes().isEmpty() ? "the page's own text or definitions changed"
                    : c.causes().stream().map(k -> k.figure() + " " + shown(k.was()) + " → " + shown(k.now()))
                            .collect(Collectors.joining("; "));
            print(out, p.file() + ":" + p.line() + "  " + c.was() + " → " + p.value() + "  " + p.expression() + "  because " + why);
        }
        out.println(FigureChanges.summary(index.changed()).replace("; reckon figures --changed", ""));
    }

    /** A terminal line: the page's no-break spaces (which keep "80 GB" on one line) become plain ones, so it can be searched as typed. */
    private static void print(PrintWriter out, String line) {
        out.println(line.replace('\u00A0', ' '));
    }

    private static String uses(PageFigures.Published p) {
        return p.uses().isEmpty() ? "" : "  (" + String.join(", ", p.uses()) + ")";
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
