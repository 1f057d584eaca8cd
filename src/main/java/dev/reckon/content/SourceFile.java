package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/** A text file read strictly as UTF-8, with the display path used in every message about it. */
public record SourceFile(Path path, String displayPath, String text) {

    /** Reads the file itself: a symbolic link is refused, not followed ({@link SourceTree}). */
    public static SourceFile read(Path path, String displayPath) {
        if (Files.isSymbolicLink(path)) {
            throw new ReckonException(SourceTree.link(path, displayPath));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ReckonException(unreadable(displayPath, e));
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), displayPath);
        }
        strict.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceFile(path, displayPath, text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The error for a file that cannot be read. */
    public static Diagnostic unreadable(String displayPath, IOException e) {
        return e instanceof AccessDeniedException
                ? Diagnostic.error("cannot read file: permission denied", SourceSpan.of(displayPath, 1, 1), null,
                        "make the file readable, e.g. chmod u+r " + displayPath)
                : Diagnostic.error("cannot read file: " + reason(e), SourceSpan.of(displayPath, 1, 1), null,
                        "check that the file exists and is readable");
    }

    /** Why reading failed, in a few words (the path is shown beside it). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Points at the first byte that is not UTF-8, showing its line with the bad bytes as U+FFFD. */
    private static ReckonException notUtf8(byte[] bytes, int bad, String displayPath) {
        SourceLines before = SourceLines.of(new String(bytes, 0, bad, StandardCharsets.UTF_8));
        int line = before.count();
        int column = 1 + before.line(line).length();
        return new ReckonException(SourceLines.of(new String(bytes, StandardCharsets.UTF_8)).error(
                String.format(Locale.ROOT, "file is not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF),
                new SourceSpan(displayPath, line, column, 1),
                "re-save the file as UTF-8 (it may be Latin-1 or Windows-1252)"));
    }

    public String[] lines() {
        return text.split("\n", -1);
    }
}
