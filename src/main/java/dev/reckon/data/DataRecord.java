package dev.reckon.data;

import dev.reckon.diag.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One accelerator, model or number format.
 *
 * @param id      short identifier used in expressions, e.g. {@code h200_sxm}
 * @param kind    {@code accelerator}, {@code model} or {@code format} (sites may add kinds)
 * @param aliases other identifiers that resolve to this record, e.g. {@code h200}
 * @param data    figures by dotted path, in file order
 * @param info    descriptive text (vendor, memory type, launch date), never used in arithmetic
 */
public record DataRecord(
        String id,
        String kind,
        String name,
        List<String> aliases,
        Provenance provenance,
        Map<String, Datum> data,
        Map<String, String> info,
        SourceSpan span) {

    /**
     * Everything a page can read from this record, as canonical text: equal for equal content, and
     * independent of where in its file the record sits (positions only ever appear in errors).
     */
    public String contentText() {
        StringBuilder out = new StringBuilder();
        out.append(id).append('\n').append(kind).append('\n').append(name).append('\n').append(aliases).append('\n')
                .append(provenance).append('\n');
        new TreeMap<>(data).forEach((path, d) ->
                out.append("data ").append(path).append(" = ").append(d.expression()).append(' ').append(d.provenance()).append('\n'));
        new TreeMap<>(info).forEach((key, value) -> out.append("info ").append(key).append(" = ").append(value).append('\n'));
        return out.toString();
    }

    /** Paths directly below {@code group}, e.g. {@code bf16 -> [dense, sparse, headline]}; empty for leaves. */
    public List<String> childrenOf(String group) {
        String prefix = group + ".";
        return data.keySet().stream()
                .filter(p -> p.startsWith(prefix))
                .map(p -> p.substring(prefix.length()))
                .toList();
    }
}
