package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceSpan;
import dev.reckon.yaml.YamlNodes;
import dev.reckon.yaml.YamlSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, positioned access to a YAML mapping of simple settings. Type errors are collected rather
 * than thrown, so one run reports every mistake in a file.
 */
final class YamlMap {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final YamlSource source;
    private final List<Diagnostic> problems;

    private YamlMap(YamlSource source, List<Diagnostic> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Composes {@code source} and reads it as a mapping, adding every problem to {@code problems};
     * empty when the YAML could not be read at all (then nothing more is worth saying about its keys).
     */
    static Optional<YamlMap> read(YamlSource source, List<Diagnostic> problems) {
        return source.compose(problems)
                .map(root -> YamlNodes.isNull(root) ? new YamlMap(source, problems) : of(root, source, problems));
    }

    /** Reads {@code node} as a mapping; anything else is reported and yields an empty map. */
    private static YamlMap of(Node node, YamlSource source, List<Diagnostic> problems) {
        YamlMap map = new YamlMap(source, problems);
        if (!(node instanceof MappingNode mapping)) {
            map.report(node, "expected a mapping of 'key: value' lines", "write one 'key: value' per line");
            return map;
        }
        for (NodeTuple tuple : YamlNodes.entries(mapping).values()) {
            map.values.put(YamlNodes.key(tuple), tuple.getValueNode());
            map.keys.put(YamlNodes.key(tuple), tuple.getKeyNode());
        }
        return map;
    }

    void warnUnknownKeys(Set<String> known) {
        for (var entry : keys.entrySet()) {
            if (!known.contains(entry.getKey())) {
                Node key = entry.getValue();
                problems.add(source.warning(key, "unknown key '" + entry.getKey() + "' is ignored",
                        "known keys: " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    String string(String key, boolean required) {
        Node node = values.get(key);
        if (node == null) {
            if (required) {
                problems.add(source.lines().error("missing required key '" + key + "'", source.start(),
                        "add a line '" + key + ": …'"));
            }
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        report(node, "'" + key + "' must be a single value", "write it on one line, e.g. " + key + ": text");
        return null;
    }

    boolean bool(String key, boolean fallback) {
        String text = string(key, false);
        if (text == null) {
            return fallback;
        }
        return switch (text) {
            case "true", "True", "TRUE", "yes" -> true;
            case "false", "False", "FALSE", "no" -> false;
            default -> {
                report(values.get(key), "'" + key + "' must be true or false, not '" + text + "'", null);
                yield fallback;
            }
        };
    }

    LocalDate date(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            // Accept full timestamps too, but only the date part is published.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            report(values.get(key), "'" + key + "' is not a date: '" + text + "'", "write dates as YYYY-MM-DD");
            return null;
        }
    }

    List<String> strings(String key) {
        return words(key).stream().map(SiteConfig.Positioned::text).toList();
    }

    /** Like {@link #strings}, each word with where it was written, so a later check can point at it. */
    List<SiteConfig.Positioned> words(String key) {
        Node node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            // A lone word is a one-item list; a lone number or boolean is far more likely a slip.
            if (!scalar.getTag().equals(Tag.STR) && !scalar.getTag().equals(Tag.NULL)) {
                report(node, "'" + key + "' must be a list of words, not '" + scalar.getValue() + "'",
                        "write e.g. " + key + ": [hardware, ai]; quote numbers meant as words: [\"" + scalar.getValue() + "\"]");
                return List.of();
            }
            return scalar.getValue().isBlank() ? List.of() : List.of(positioned(scalar));
        }
        if (node instanceof SequenceNode sequence) {
            List<SiteConfig.Positioned> out = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(positioned(scalar));
                } else {
                    report(item, "each entry of '" + key + "' must be a single value", null);
                }
            }
            return out;
        }
        report(node, "'" + key + "' must be a list, e.g. [a, b]", null);
        return List.of();
    }

    /** Whether the key is written at all (even as an empty list). */
    boolean has(String key) {
        return values.containsKey(key);
    }

    private SiteConfig.Positioned positioned(ScalarNode scalar) {
        SourceSpan span = source.span(scalar);
        return new SiteConfig.Positioned(scalar.getValue(), span, source.lines().line(span.line()));
    }

    /** A list of small mappings, e.g. social links: {@code - {name: GitHub, url: …}}. */
    List<YamlMap> maps(String key) {
        Node node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            report(node, "'" + key + "' must be a list", null);
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            out.add(of(item, source, problems));
        }
        return out;
    }

    void report(Node node, String message, String hint) {
        problems.add(source.error(node, message, hint));
    }
}
