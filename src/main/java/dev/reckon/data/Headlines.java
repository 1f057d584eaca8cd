package dev.reckon.data;

import static dev.reckon.data.DataSchema.HEADLINE;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import dev.reckon.diag.SourceSpan;
import dev.reckon.yaml.YamlSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A group's {@code headline} is a copy of the sibling it names, noted as such. A built record
 * keeps no link to the sibling, so an override recovers it from the copy's note and re-copies it;
 * that is how replacing {@code bf16.sparse} also changes {@code bf16.headline}.
 */
final class Headlines {
    private Headlines() {
    }

    /** Text for a {@code headline} figure's note, e.g. "vendor headline: 2:4 sparse". */
    static String note(String sibling) {
        return "vendor headline: " + switch (sibling) {
            case "sparse" -> "2:4 sparse";
            default -> sibling;
        };
    }

    /** group → the sibling its headline copies, recovered from an already-built record. */
    static Map<String, String> siblingsOf(DataRecord r) {
        Map<String, String> out = new LinkedHashMap<>();
        String suffix = "." + HEADLINE;
        for (Datum h : r.data().values()) {
            if (!h.path().endsWith(suffix)) {
                continue;
            }
            String group = h.path().substring(0, h.path().length() - suffix.length());
            for (String child : r.childrenOf(group)) {
                Datum c = r.data().get(group + "." + child);
                if (!child.equals(HEADLINE) && c != null && c.expression().equals(h.expression())
                        && h.provenance().note() != null && h.provenance().note().startsWith(note(child))) {
                    out.put(group, child);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Writes every headline of the merged figures {@code data}: the existing record's, then the
     * draft's, each a copy of its sibling; reports headlines naming a sibling that does not exist.
     */
    static void copyInto(Draft d, DataRecord existing, Map<String, Datum> data, Set<String> misnamed,
            List<Diagnostic> diagnostics) {
        Map<String, String> siblings = existing == null ? new LinkedHashMap<>() : siblingsOf(existing);
        Map<String, Node> written = new LinkedHashMap<>();
        for (Draft.Headline h : d.headlines) {
            written.put(h.group(), h.at());
            if (data.containsKey(h.group() + "." + h.sibling())) {
                siblings.put(h.group(), h.sibling());
            } else if (!d.attempted.contains(h.group() + "." + h.sibling())
                    && misnamed.stream().noneMatch(p -> p.startsWith(h.group() + "."))) {
                // a sibling this file wrote but that was rejected (or misspelt) already has its own error
                diagnostics.add(d.src.error(h.at(), "headline names '" + h.sibling() + "', but '" + h.group()
                        + "' has no figure '" + h.sibling() + "'", missingSiblingHint(h, data)));
            }
        }
        siblings.forEach((group, sibling) -> copy(d.src, data, group, sibling, written.get(group)));
    }

    private static String missingSiblingHint(Draft.Headline h, Map<String, Datum> data) {
        List<String> leaves = data.keySet().stream()
                .filter(p -> p.startsWith(h.group() + ".") && !p.endsWith("." + HEADLINE))
                .map(p -> p.substring(h.group().length() + 1))
                .filter(c -> !c.contains("."))
                .toList();
        return leaves.isEmpty() ? "a headline names a sibling figure such as 'dense' or 'sparse'"
                : DidYouMean.hint(h.sibling(), leaves, "name one of: " + String.join(", ", leaves));
    }

    /** Copies the sibling; the copy sits where this file wrote the headline, else where it was before. */
    private static void copy(YamlSource src, Map<String, Datum> data, String group, String sibling, Node writtenAt) {
        Datum target = data.get(group + "." + sibling);
        if (target == null) {
            return;
        }
        String path = group + "." + HEADLINE;
        SourceSpan span;
        String line;
        if (writtenAt != null) {
            span = src.span(writtenAt);
            line = src.lines().line(span.line());
        } else {
            span = data.get(path).span();
            line = data.get(path).sourceLine();
        }
        Provenance p = target.provenance();
        String note = note(sibling) + (p.note() == null ? "" : "; " + p.note());
        data.remove(path);
        data.put(path, new Datum(path, target.expression(),
                p.withNote(note), span, line));
    }

    /** The same figures, each {@code group.headline} moved right after the last figure of its group. */
    static Map<String, Datum> afterTheirGroups(Map<String, Datum> data) {
        String suffix = "." + HEADLINE;
        List<String> paths = new ArrayList<>(data.keySet());
        paths.removeIf(p -> p.endsWith(suffix));
        for (String p : data.keySet()) {
            if (p.endsWith(suffix)) {
                String prefix = p.substring(0, p.length() - suffix.length()) + ".";
                int at = paths.size();
                for (int i = paths.size() - 1; i >= 0; i--) {
                    if (paths.get(i).startsWith(prefix)) {
                        at = i + 1;
                        break;
                    }
                }
                paths.add(at, p);
            }
        }
        Map<String, Datum> out = new LinkedHashMap<>();
        paths.forEach(p -> out.put(p, data.get(p)));
        return out;
    }
}
