package dev.reckon.cli;

import dev.reckon.diag.ReckonException;
import picocli.CommandLine;

/** Prints author mistakes as diagnostics (no stack trace); anything else is a bug and says so. */
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
        err.println("internal error: " + e);
        if (verbose(parsed) || Boolean.getBoolean("reckon.verbose")) {
            e.printStackTrace(err);
        } else {
            String how = cli.getCommandSpec().findOption("--verbose") != null ? "--verbose" : "-Dreckon.verbose=true";
            err.println("  = hint: rerun with " + how + " for the stack trace, and report it");
        }
        err.flush();
        return Main.CONTENT_ERROR;
    }

    /** Whether the command that failed was given {@code --verbose}. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        return command.hasMatchedOption("--verbose");
    }
}
