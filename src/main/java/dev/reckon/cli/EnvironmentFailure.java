package dev.reckon.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;

/**
 * A failure of the machine rather than of the author or of Reckon: a full disk, a permission, a
 * port in use. Such a failure gets one sentence naming what failed and where, and a hint the user
 * can act on; it is not a bug, so it never asks to be reported.
 */
record EnvironmentFailure(String message, String hint) {

    /** The I/O failure behind {@code e}, if that is what stopped the command. */
    static Optional<EnvironmentFailure> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException unchecked) {
                t = unchecked.getCause();
            }
            if (t instanceof IOException io) {
                return Optional.of(describe(io));
            }
        }
        return Optional.empty();
    }

    private static EnvironmentFailure describe(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof BindException) {
            return new EnvironmentFailure("cannot listen on the requested address: " + reason,
                    "pick another port with --port (0 picks a free one), or stop the program using it");
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String where = fs.getOtherFile() == null ? fs.getFile() : fs.getFile() + " -> " + fs.getOtherFile();
            String what = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or folder" : reason;
            return new EnvironmentFailure("cannot access " + where + ": " + what, hintFor(e, what));
        }
        return new EnvironmentFailure("reading or writing files failed: " + reason, hintFor(e, reason));
    }

    private static String hintFor(IOException e, String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "free some disk space and run again; a failed build leaves the published site as it was";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            return "check that this user may read the site and write its output and .reckon/ folders";
        }
        return "check that the path exists and that this user may read and write it, then run again";
    }
}
