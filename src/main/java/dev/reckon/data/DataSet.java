package dev.reckon.data;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The records an expression can read, looked up by id or alias. Immutable once built. */
public final class DataSet {
    private final Map<String, DataRecord> byId;
    private final Map<String, DataRecord> byName;

    public DataSet(Collection<DataRecord> records) {
        Map<String, DataRecord> ids = new LinkedHashMap<>();
        Map<String, DataRecord> names = new LinkedHashMap<>();
        for (DataRecord r : records) {
            ids.put(r.id(), r);
        }
        for (DataRecord r : ids.values()) {
            names.put(r.id(), r);
        }
        for (DataRecord r : ids.values()) {
            for (String alias : r.aliases()) {
                names.putIfAbsent(alias, r);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
    }

    public static DataSet empty() {
        return new DataSet(List.of());
    }

    /** By id or alias. */
    public Optional<DataRecord> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<DataRecord> records() {
        return byId.values();
    }

    /** Every id and alias, for "did you mean" hints. */
    public Collection<String> names() {
        return byName.keySet();
    }
}
