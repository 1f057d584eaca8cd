package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A text file read strictly as UTF-8, with the display path used in every message about it. */
public record SourceFile(Path path, String displayPath, String text) {

    public static SourceFile read(Path path, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ReckonException(Diagnostic.error("cannot read file: permission denied",
                    SourceSpan.of(displayPath, 1, 1), null, "make the file readable, e.g. chmod u+r " + displayPath));
        } catch (IOException e) {
            throw new ReckonException(Diagnostic.error("cannot read file: " + e.getMessage(),
                    SourceSpan.of(displayPath, 1, 1), null, "check that the file exists and is readable"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new SourceFile(path, displayPath, text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            int line = 1 + countNewlinesBeforeFirstInvalid(bytes);
            throw new ReckonException(Diagnostic.error("file is not valid UTF-8",
                    SourceSpan.of(displayPath, line, 1), null, "re-save the file as UTF-8"));
        }
    }

    private static int countNewlinesBeforeFirstInvalid(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int newlines = 0;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return newlines;
                }
                newlines++;
                lineStart = i + 1;
            }
        }
        return newlines;
    }

    public String[] lines() {
        return text.split("\n", -1);
    }
}
