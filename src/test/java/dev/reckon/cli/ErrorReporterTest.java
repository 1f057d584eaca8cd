package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Author errors print as diagnostics; a bug prints one line, and its stack trace only with --verbose. */
class ErrorReporterTest {
    private static String report(Exception e, String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        CommandLine sub = parsed.subcommand() == null ? cli : parsed.subcommand().commandSpec().commandLine();
        sub.setErr(new PrintWriter(err, true));
        assertEquals(1, new ErrorReporter().handleExecutionException(e, sub, parsed));
        return err.toString();
    }

    @Test
    void internalErrorWithoutVerboseIsOneLineAndAHint() {
        String err = report(new IllegalStateException("boom"), "build");
        assertEquals("internal error: java.lang.IllegalStateException: boom\n"
                + "  = hint: rerun with --verbose for the stack trace, and report it\n", err);
    }

    @Test
    void internalErrorWithVerboseHasTheStackTrace() {
        String err = report(new IllegalStateException("boom"), "build", "--verbose");
        assertTrue(err.contains("\tat dev.reckon.cli.ErrorReporterTest"), err);
    }

    @Test
    void aFullDiskIsOneSentenceNamingTheFailureNeverABug() {
        String err = report(new java.io.UncheckedIOException(new java.io.IOException("No space left on device")), "build");
        assertEquals("error: reading or writing files failed: No space left on device\n"
                + "  = hint: free some disk space and run again; a failed build leaves the published site as it was\n", err);
    }

    @Test
    void aRefusedPathNamesThePath() {
        String err = report(new java.nio.file.AccessDeniedException("/site/content/posts/x.md"), "check");
        assertEquals("error: cannot access /site/content/posts/x.md: permission denied\n"
                + "  = hint: check that this user may read the site and write its output and .reckon/ folders\n", err);
    }

    @Test
    void aPortInUseSaysSo() {
        String err = report(new java.net.BindException("Address already in use"), "serve");
        assertTrue(err.startsWith("error: cannot listen on the requested address: Address already in use\n"), err);
        assertFalse(err.contains("report"), err);
    }

    @Test
    void authorErrorsNeverShowAStackTraceEvenWithVerbose() {
        String err = report(new ReckonException(Diagnostic.error("bad", null, null, "fix it")), "build", "--verbose");
        assertEquals("error: bad\n  = hint: fix it\nbuild failed: 1 error; nothing was published\n", err);
        assertFalse(err.contains("\tat "));
    }
}
