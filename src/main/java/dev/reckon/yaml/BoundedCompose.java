package dev.reckon.yaml;

import dev.reckon.diag.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Safe, bounded composition of front matter, {@code site.yaml} and data files: one set of limits
 * and one wording for all of them. The limits are checked before a node tree exists: the size on
 * the text, nesting depth and aliases of lists or mappings on the flat event stream (the composer
 * recurses per level, and a billion-laughs document is small until it is expanded), each refused
 * at its position. Nothing is constructed: the readers take node trees, so no tag builds objects.
 */
public final class BoundedCompose {
    /** Characters of one YAML text; the largest bundled data file has about 20,000. */
    public static final int MAX_CHARACTERS = 2_000_000;
    /** Levels of lists and mappings; a data file's deepest figure sits at about 8. */
    public static final int MAX_DEPTH = 24;
    /** Aliases that repeat a list or a mapping (aliases of single values cost nothing and are not counted). */
    public static final int MAX_COLLECTION_ALIASES = 50;
    private static final String SYNTAX_HINT = "check indentation, quoting and that every key is followed by ': '";

    private BoundedCompose() {
    }

    static Optional<Node> compose(YamlSource src, List<Diagnostic> out) {
        if (src.text().length() > MAX_CHARACTERS) {
            out.add(src.lines().error(String.format(Locale.ROOT, "YAML longer than %,d characters", MAX_CHARACTERS),
                    src.start(), "split it up, or move long text into the page body"));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(src.file())
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CHARACTERS)
                .build();
        try {
            if (!withinLimits(settings, src, out)) {
                return Optional.empty();
            }
            Node root = new Compose(settings).composeString(src.text()).orElseGet(BoundedCompose::emptyDocument);
            Keys.check(root, src, out);
            return Optional.of(root);
        } catch (MarkedYamlEngineException e) {
            out.add(syntaxError(e, src));
        } catch (YamlEngineException e) {
            out.add(src.lines().error("invalid YAML: " + e.getMessage(), src.start(),
                    "simplify this YAML: its size, nesting and aliases are bounded"));
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine 2.10's reader overruns its buffer on a lone surrogate at its edge
            // (found by fuzzing); the author still gets a positioned error, not a crash.
            out.add(src.lines().error("invalid YAML: the YAML reader failed on this text", src.start(),
                    "look for stray control characters or unusual symbols, and quote odd values"));
        }
        return Optional.empty();
    }

    /** What an empty text or one of only comments means: no value, as {@code ~} would say. */
    private static Node emptyDocument() {
        return new ScalarNode(Tag.NULL, "", ScalarStyle.PLAIN);
    }

    /** At the problem, naming where the unfinished part started when the parser says so. */
    private static Diagnostic syntaxError(MarkedYamlEngineException e, YamlSource src) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        String hint = SYNTAX_HINT;
        if (e.getProblem() != null && e.getContext() != null && e.getContextMark().isPresent()) {
            hint = e.getContext() + " at " + src.span(e.getContextMark().get()).location();
        }
        return src.lines().error("invalid YAML: " + problem, mark.map(src::span).orElse(src.start()), hint);
    }

    /** Walks the flat event stream once (no recursion), refusing too deep nesting and too many collection aliases. */
    private static boolean withinLimits(LoadSettings settings, YamlSource src, List<Diagnostic> out) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event e : new Parse(settings).parseString(src.text())) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        out.add(error(e, src, "YAML nested deeper than " + MAX_DEPTH + " levels",
                                "write it flatter: front matter, site.yaml and data files need only a few levels"));
                        return false;
                    }
                    ((NodeEvent) e).getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (collectionAnchors.contains(((AliasEvent) e).getAlias().getValue())
                            && ++aliases > MAX_COLLECTION_ALIASES) {
                        out.add(error(e, src, "too many aliases of lists or mappings (more than "
                                + MAX_COLLECTION_ALIASES + ")", "write the values out; few or no aliases are needed"));
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static Diagnostic error(Event e, YamlSource src, String message, String hint) {
        return src.lines().error(message, e.getStartMark().map(src::span).orElse(src.start()), hint);
    }
}
