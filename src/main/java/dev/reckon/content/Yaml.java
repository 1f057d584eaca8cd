package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Safe, bounded YAML composition that keeps positions, so every value can be reported at its
 * file:line:column. Front matter and site settings are small: the limits refuse alias bombs and
 * runaway documents before they cost anything.
 */
final class Yaml {
    static final int MAX_CODE_POINTS = 1_000_000;
    /** Settings are flat; the composer recurses per level, so a bound keeps deep nesting from overflowing the stack. */
    static final int MAX_DEPTH = 16;

    private Yaml() {
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
    }

    /**
     * @param text        the YAML text
     * @param file        the display path of the file it came from
     * @param firstLine   the 1-based line of the file on which {@code text} starts
     * @param fileLines   the file's lines, for the caret display
     */
    static Optional<Node> compose(String text, String file, int firstLine, String[] fileLines) {
        try {
            checkDepth(text, file, firstLine, fileLines);
            return new Compose(settings()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            throw new ReckonException(Diagnostic.error(
                    "invalid YAML: " + e.getProblem(),
                    new SourceSpan(file, line, column, 1),
                    lineText(fileLines, line),
                    "check indentation, quoting and that every key is followed by ': '"));
        } catch (YamlEngineException e) {
            throw new ReckonException(Diagnostic.error(
                    "invalid YAML: " + e.getMessage(),
                    SourceSpan.of(file, firstLine, 1),
                    lineText(fileLines, firstLine),
                    "simplify this YAML: aliases, nesting and size are bounded"));
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine 2.10's reader can overrun its buffer on odd text (found by
            // FrontMatterFuzzTest); the author still gets a positioned error, not a crash.
            throw new ReckonException(Diagnostic.error(
                    "unreadable YAML: the YAML reader failed on this text",
                    SourceSpan.of(file, firstLine, 1),
                    lineText(fileLines, firstLine),
                    "look for stray control characters or unusual symbols, and quote odd values"));
        }
    }

    /** Walks the flat event stream (no recursion) and refuses nesting beyond {@link #MAX_DEPTH}. */
    private static void checkDepth(String text, String file, int firstLine, String[] fileLines) {
        int depth = 0;
        for (Event event : new Parse(settings()).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        int line = firstLine + event.getStartMark().map(Mark::getLine).orElse(0);
                        int column = 1 + event.getStartMark().map(Mark::getColumn).orElse(0);
                        throw new ReckonException(Diagnostic.error("YAML nested deeper than " + MAX_DEPTH + " levels",
                                new SourceSpan(file, line, column, 1), lineText(fileLines, line),
                                "settings and front matter are flat lists of 'key: value' lines"));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
    }

    /** The span of a node, translated from the YAML text's coordinates to the file's. */
    static SourceSpan spanOf(Node node, String file, int firstLine) {
        Optional<Mark> start = node.getStartMark();
        Optional<Mark> end = node.getEndMark();
        if (start.isEmpty()) {
            return SourceSpan.of(file, firstLine, 1);
        }
        int length = 1;
        if (end.isPresent() && end.get().getLine() == start.get().getLine()) {
            length = Math.max(1, end.get().getColumn() - start.get().getColumn());
        }
        return new SourceSpan(file, firstLine + start.get().getLine(), start.get().getColumn() + 1, length);
    }

    static String lineText(String[] fileLines, int line) {
        return line >= 1 && line <= fileLines.length ? fileLines[line - 1] : null;
    }
}
