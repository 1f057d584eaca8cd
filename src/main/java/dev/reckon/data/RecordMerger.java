package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Applies drafts onto a base data set: a new id adds a record, an existing id (in site mode)
 * overrides it field by field. A draft with any problem changes nothing, so later drafts are
 * checked against a data set that is still valid.
 */
final class RecordMerger {
    /** Who claimed an id or alias, for duplicate diagnostics. */
    private record Claim(String recordId, SourceSpan at) {
    }

    private final Map<String, DataRecord> records = new LinkedHashMap<>();
    private final Map<String, Claim> names = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics;
    /** Site files may override records; bundled files may only add them. */
    private final boolean site;

    RecordMerger(DataSet base, boolean site, List<Diagnostic> diagnostics) {
        this.site = site;
        this.diagnostics = diagnostics;
        for (DataRecord r : base.records()) {
            records.put(r.id(), r);
            names.put(r.id(), new Claim(r.id(), r.span()));
        }
        // ids first: an id always wins over an alias of the same name
        for (DataRecord r : base.records()) {
            for (String a : r.aliases()) {
                names.putIfAbsent(a, new Claim(r.id(), r.span()));
            }
        }
    }

    /** The merged data set. @throws ReckonException with every diagnostic collected so far */
    DataSet build() {
        if (!diagnostics.isEmpty()) {
            throw new ReckonException(diagnostics);
        }
        return new DataSet(records.values());
    }

    void apply(Draft d) {
        int before = diagnostics.size();
        DataRecord existing = records.get(d.id);
        if (!mayApply(d, existing)) {
            return;
        }
        for (Draft.Alias a : d.aliases) {
            Claim claim = names.get(a.name());
            if (claim != null && !claim.recordId().equals(d.id)) {
                error(d, a.at(), "duplicate alias '" + a.name() + "'",
                        "already used by '" + claim.recordId() + "' (" + claim.at().location() + ")");
            }
        }
        Set<String> misnamed = FieldNames.check(d, diagnostics);
        Map<String, Datum> data = figures(d, existing, misnamed);
        Headlines.copyInto(d, existing, data, misnamed, diagnostics);
        if (diagnostics.size() > before) {
            return;
        }
        // only on otherwise valid figures, so a rejected figure is not reported twice
        DenseSparseCheck.check(data, d.src.file(), diagnostics);
        if (diagnostics.size() > before) {
            return;
        }
        store(d, existing, Headlines.afterTheirGroups(data));
    }

    private void error(Draft d, Node at, String message, String hint) {
        diagnostics.add(d.src.error(at, message, hint));
    }

    /** False when the draft's id cannot be used at all; also reports missing fields of a new record. */
    private boolean mayApply(Draft d, DataRecord existing) {
        if (existing != null && !site) {
            error(d, d.idNode, "duplicate id '" + d.id + "'", "already defined at " + existing.span().location());
            return false;
        }
        if (existing != null && !existing.kind().equals(d.kind)) {
            error(d, d.idNode, "'" + d.id + "' is a record of kind '" + existing.kind() + "', but this file is kind '" + d.kind + "'",
                    "override a record from a file of its own kind");
            return false;
        }
        if (existing != null) {
            return true;
        }
        Claim claim = names.get(d.id);
        if (claim != null) {
            if (site) {
                error(d, d.idNode, "'" + d.id + "' is an alias of '" + claim.recordId() + "'",
                        "to change that record use its id '" + claim.recordId() + "'; for a new record choose another id");
            } else {
                error(d, d.idNode, "duplicate id '" + d.id + "'",
                        "already an alias of '" + claim.recordId() + "' (" + claim.at().location() + ")");
            }
            return false;
        }
        requireNewRecordFields(d);
        return true;
    }

    private void requireNewRecordFields(Draft d) {
        if (d.name == null) {
            error(d, d.idNode, "record '" + d.id + "' has no 'name'", "add e.g. 'name: NVIDIA H200 SXM'");
        }
        if (d.source == null) {
            error(d, d.idNode, "record '" + d.id + "' has no 'source'",
                    "every record needs 'source' (a URL or citation) and 'confirmed' (P, S, D or U)");
        }
        if (d.confirmed == null) {
            error(d, d.idNode, "record '" + d.id + "' has no 'confirmed'", DataSchema.CONFIRMED_HINT);
        }
    }

    /**
     * The existing figures with the draft's put over them, provenance resolved against the draft's
     * record entry only: an override must not inherit the source of the figures it replaces.
     */
    private Map<String, Datum> figures(Draft d, DataRecord existing, Set<String> misnamed) {
        Map<String, Datum> data = new LinkedHashMap<>(existing == null ? Map.of() : existing.data());
        for (Draft.Leaf leaf : d.leaves) {
            if (misnamed.contains(leaf.path())) {
                continue; // already reported: one message per mistake
            }
            String source = leaf.source() != null ? leaf.source() : d.source;
            Confirmation confirmed = leaf.confirmed() != null ? leaf.confirmed() : d.confirmed;
            if (existing != null && (source == null || confirmed == null)) {
                error(d, leaf.at(), "figure '" + leaf.path() + "' has no " + (source == null ? "'source'" : "'confirmed'"),
                        "give record '" + d.id + "' a 'source' and 'confirmed' in this file, or give the figure its own");
                continue;
            }
            String conflict = existing == null ? null : conflicting(data, leaf.path());
            if (conflict != null) {
                error(d, leaf.at(), "figure '" + leaf.path() + "' conflicts with '" + conflict + "' ("
                        + data.get(conflict).span().location() + ")",
                        "a figure cannot also be a group; replace the existing paths one by one");
                continue;
            }
            boolean estimate = leaf.estimate() != null ? leaf.estimate() : Boolean.TRUE.equals(d.estimate);
            FigureDate asOf = leaf.asOf() != null ? leaf.asOf() : d.asOf;
            SourceSpan span = d.src.span(leaf.at());
            data.put(leaf.path(), new Datum(leaf.path(), leaf.expression(),
                    new Provenance(source, confirmed, estimate, leaf.note(), asOf), span, d.src.lines().line(span.line())));
        }
        return data;
    }

    /** An existing path that {@code path} would turn into a group or hide under a group, or null. */
    private static String conflicting(Map<String, Datum> data, String path) {
        for (String p : data.keySet()) {
            if (path.startsWith(p + ".") || p.startsWith(path + ".")) {
                return p;
            }
        }
        return null;
    }

    /** Builds the record (fields the draft left null keep the overridden values) and claims its names. */
    private void store(Draft d, DataRecord existing, Map<String, Datum> data) {
        Set<String> aliases = new LinkedHashSet<>(existing == null ? List.of() : existing.aliases());
        d.aliases.forEach(a -> aliases.add(a.name()));
        Map<String, String> info = new LinkedHashMap<>(existing == null ? Map.of() : existing.info());
        info.putAll(d.info);
        Provenance old = existing == null ? null : existing.provenance();
        Provenance provenance = new Provenance(
                d.source != null ? d.source : old.source(),
                d.confirmed != null ? d.confirmed : old.confirmed(),
                d.estimate != null ? d.estimate : old != null && old.estimate(),
                d.note != null ? d.note : old == null ? null : old.note(),
                d.asOf != null ? d.asOf : old == null ? null : old.asOf());
        SourceSpan span = existing == null ? d.src.span(d.idNode) : existing.span();
        DataRecord r = new DataRecord(d.id, d.kind, d.name != null ? d.name : existing.name(), List.copyOf(aliases),
                provenance, Collections.unmodifiableMap(data), Collections.unmodifiableMap(info), span);
        records.put(d.id, r);
        names.putIfAbsent(d.id, new Claim(d.id, span));
        for (Draft.Alias a : d.aliases) {
            names.putIfAbsent(a.name(), new Claim(d.id, d.src.span(a.at())));
        }
    }
}
