package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.yaml.BoundedCompose;
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
    /** Where a nested mapping (a list entry) is written; null for the document itself. */
    private Node entry;

    private YamlMap(YamlSource source, List<Diagnostic> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Composes {@code source} and reads it as a mapping, adding every problem to {@code problems};
     * empty when the YAML could not be read at all (then nothing more is worth saying about its keys).
     */
    static Optional<YamlMap> read(YamlSource source, List<Diagnostic> problems) {
        return BoundedCompose.compose(source, problems)
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
                problems.add(source.lines().error("missing required key '" + key + "'",
                        entry == null ? source.start() : source.span(entry), "add a line '" + key + ": …'"));
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
                report(values.get(key), "'" + key + "' must be true or false, not '" + text + "'", "write " + key + ": true or " + key + ": false");
                yield fallback;
            }
        };
    }

    /** True or false as written, or null when the key is absent (so a site-wide default applies). */
    Boolean optionalBool(String key) {
        return values.containsKey(key) ? bool(key, true) : null;
    }

    /** A whole number of 1 or more, or {@code fallback} when absent or wrong (reported at the value). */
    int positiveInt(String key, int fallback) {
        Integer value = optionalPositiveInt(key, fallback);
        return value == null ? fallback : value;
    }

    /** A whole number of 1 or more, or null when absent or wrong (reported at the value, {@code example} in the hint). */
    Integer optionalPositiveInt(String key, int example) {
        String text = string(key, false);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        report(values.get(key), "'" + key + "' must be a positive whole number, not '" + text + "'", "write e.g. " + key + ": " + example);
        return null;
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
                    report(item, "each entry of '" + key + "' must be a single value", "write e.g. " + key + ": [a, b]");
                }
            }
            return out;
        }
        report(node, "'" + key + "' must be a list", "write e.g. " + key + ": [a, b]");
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
            report(node, "'" + key + "' must be a list", "write one '- ' line per entry under '" + key + ":'");
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            YamlMap map = of(item, source, problems);
            map.entry = item;
            out.add(map);
        }
        return out;
    }

    /** An error at {@code key}'s value (which must be present). */
    /** Where {@code key}'s value is written, or null when the key is absent. */
    SourceSpan span(String key) {
        Node node = values.get(key);
        return node == null ? null : source.span(node);
    }

    void report(Node node, String message, String hint) {
        problems.add(source.error(node, message, hint));
    }

    /**
     * Reports a problem with {@code key}'s value where that value is written; at the key when the
     * value is empty (it has no text for a caret to point at).
     */
    void reportAt(String key, String message, String hint) {
        Node value = values.get(key);
        Node at = value instanceof ScalarNode scalar && !scalar.getValue().isEmpty() ? value : keys.get(key);
        if (at == null) {
            problems.add(source.lines().error(message, source.start(), hint));
        } else {
            report(at, message, hint);
        }
    }
}
