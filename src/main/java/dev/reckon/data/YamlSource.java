package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One YAML data file: its display path, its lines (for caret displays), and the composed node
 * tree. Composition is bounded: a code-point limit, a nesting-depth limit and a limit on aliases of
 * collections (checked on the event stream first, so a billion-laughs document is refused before a
 * node tree is built, with the position of the offending alias).
 */
final class YamlSource {
    static final int MAX_CODE_POINTS = 2_000_000;
    static final int MAX_DEPTH = 24;
    static final int MAX_COLLECTION_ALIASES = 50;

    final String display;
    private final String[] lines;

    YamlSource(String display, String text) {
        this.display = display;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Composes {@code text}; on failure adds diagnostics and returns empty. */
    Optional<Node> compose(String text, List<Diagnostic> out) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(display)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        try {
            if (!prescan(settings, text, out)) {
                return Optional.empty();
            }
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty() || isNull(node.get())) {
                out.add(Diagnostic.error("empty data file", SourceSpan.of(display, 1, 1), line(1),
                        "a data file starts with 'kind:' and has its entries under 'records:'"));
                return Optional.empty();
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            SourceSpan span = mark.map(this::span).orElse(SourceSpan.of(display, 1, 1));
            String hint = null;
            if (e.getProblem() != null && e.getContext() != null) {
                hint = e.getContext() + e.getContextMark().map(m -> " at " + span(m).location()).orElse("");
            }
            out.add(Diagnostic.error("malformed YAML: " + problem, span, line(span.line()), hint));
            return Optional.empty();
        } catch (YamlEngineException e) {
            out.add(Diagnostic.error("cannot read YAML: " + e.getMessage(), SourceSpan.of(display, 1, 1), line(1), null));
            return Optional.empty();
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine 2.10 overruns its buffer on a lone surrogate at its edge (a fuzzing find).
            out.add(Diagnostic.error("cannot read YAML: the YAML reader failed on this text", SourceSpan.of(display, 1, 1),
                    line(1), "look for stray control characters or unusual symbols"));
            return Optional.empty();
        }
    }

    /** Walks the event stream once to enforce the depth and alias limits with positions. */
    private boolean prescan(LoadSettings settings, String text, List<Diagnostic> out) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event e : new Parse(settings).parseString(text)) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        out.add(error(e, "YAML nested deeper than " + MAX_DEPTH + " levels", null));
                        return false;
                    }
                    ((NodeEvent) e).getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (collectionAnchors.contains(((AliasEvent) e).getAlias().getValue())
                            && ++aliases > MAX_COLLECTION_ALIASES) {
                        out.add(error(e, "too many aliases of lists or mappings (more than "
                                + MAX_COLLECTION_ALIASES + ")", "data files need few or no aliases; write the values out"));
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private Diagnostic error(Event e, String message, String hint) {
        SourceSpan span = e.getStartMark().map(this::span).orElse(SourceSpan.of(display, 1, 1));
        return Diagnostic.error(message, span, line(span.line()), hint);
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    SourceSpan span(Mark m) {
        return new SourceSpan(display, m.getLine() + 1, m.getColumn() + 1, 1);
    }

    /** The node's start, as long as the node's text when it is a one-line scalar. */
    SourceSpan span(Node n) {
        Optional<Mark> start = n.getStartMark();
        if (start.isEmpty()) {
            return SourceSpan.of(display, 1, 1);
        }
        Mark s = start.get();
        int length = 1;
        Optional<Mark> end = n.getEndMark();
        if (n instanceof ScalarNode && end.isPresent() && end.get().getLine() == s.getLine()) {
            length = Math.max(1, end.get().getIndex() - s.getIndex());
        }
        return new SourceSpan(display, s.getLine() + 1, s.getColumn() + 1, length);
    }

    /** The 1-based line's text, or null. */
    String line(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.length ? lines[oneBased - 1] : null;
    }

    Diagnostic error(Node at, String message, String hint) {
        SourceSpan span = span(at);
        return Diagnostic.error(message, span, line(span.line()), hint);
    }
}
