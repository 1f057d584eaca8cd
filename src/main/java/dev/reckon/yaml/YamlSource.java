package dev.reckon.yaml;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A YAML text and where it sits in its file (a whole data file or {@code site.yaml}, or the front
 * matter of a page, which starts on line 2), so every node and every parser error is reported at
 * the file's line and column with the file's line under it.
 */
public final class YamlSource {
    private final String file;
    private final String text;
    private final int firstLine;
    private final SourceLines lines;

    private YamlSource(String file, String text, int firstLine, SourceLines lines) {
        this.file = file;
        this.text = text;
        this.firstLine = firstLine;
        this.lines = lines;
    }

    /** A whole file: {@code file} is its display path. */
    public static YamlSource of(String file, String text) {
        return new YamlSource(file, text, 1, SourceLines.of(text));
    }

    /** Part of a file, e.g. front matter: {@code text} starts on the 1-based {@code firstLine} of {@code fileLines}. */
    public static YamlSource within(String file, String text, int firstLine, SourceLines fileLines) {
        return new YamlSource(file, text, firstLine, fileLines);
    }

    /**
     * The document's root node, composed within {@link BoundedCompose}'s limits (a null scalar
     * when the text holds no document); empty when the text cannot be read, each reason added to
     * {@code out} at its position.
     * A root with duplicate or non-word keys is still returned (those are reported too), so a
     * reader can go on and report every other problem of the file in the same run.
     */
    public Optional<Node> compose(List<Diagnostic> out) {
        return BoundedCompose.compose(this, out);
    }

    public String file() {
        return file;
    }

    String text() {
        return text;
    }

    public SourceLines lines() {
        return lines;
    }

    /** Where the text starts: for a problem of the whole text. */
    public SourceSpan start() {
        return SourceSpan.of(file, firstLine, 1);
    }

    SourceSpan span(Mark mark) {
        return SourceSpan.of(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** The node's start; as long as the node when it is written on one line, so the caret underlines it. */
    public SourceSpan span(Node node) {
        Optional<Mark> start = node.getStartMark();
        if (start.isEmpty()) {
            return start();
        }
        Mark s = start.get();
        int length = node.getEndMark()
                .filter(end -> end.getLine() == s.getLine())
                .map(end -> Math.max(1, end.getColumn() - s.getColumn()))
                .orElse(1);
        return new SourceSpan(file, firstLine + s.getLine(), s.getColumn() + 1, length);
    }

    public Diagnostic error(Node at, String message, String hint) {
        return lines.error(message, span(at), hint);
    }

    public Diagnostic warning(Node at, String message, String hint) {
        return lines.warning(message, span(at), hint);
    }
}
