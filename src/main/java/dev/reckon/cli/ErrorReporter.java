package dev.reckon.cli;

import dev.reckon.diag.ReckonException;
import picocli.CommandLine;

/**
 * Prints author mistakes as diagnostics (no stack trace) and failures of the machine (disk, permissions,
 * ports) as one sentence; anything else is a bug and says so.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof ReckonException reckon) {
            err.print(Console.paint(reckon.render()));
            long errors = reckon.diagnostics().stream().filter(d -> d.isError()).count();
            String count = errors + (errors == 1 ? " error" : " errors");
            err.println("build".equals(cli.getCommandName()) ? "build failed: " + count + "; nothing was published" : count);
            err.flush();
            return Main.CONTENT_ERROR;
        }
        var environment = EnvironmentFailure.of(e);
        if (environment.isPresent()) {
            err.println("error: " + environment.get().message());
            err.println("  = hint: " + environment.get().hint());
            err.flush();
            return Main.CONTENT_ERROR;
        }
        err.println("internal error: " + e);
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("  = hint: rerun with --verbose for the stack trace, and report it");
        }
        err.flush();
        return Main.CONTENT_ERROR;
    }

    /** --verbose anywhere on the command line (it is inherited by every subcommand), or -Dreckon.verbose=true. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return Boolean.getBoolean("reckon.verbose");
    }
}
