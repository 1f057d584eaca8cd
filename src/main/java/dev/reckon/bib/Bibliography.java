package dev.reckon.bib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The works a page may cite, by key. Later sources win: a post's own file over the site's. */
public final class Bibliography {
    public static final Bibliography EMPTY = new Bibliography(Map.of());

    private final Map<String, BibEntry> entries;

    Bibliography(Map<String, BibEntry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Bibliography of(Iterable<BibEntry> entries) {
        Map<String, BibEntry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        return new Bibliography(byKey);
    }

    public Optional<BibEntry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This bibliography with {@code other}'s entries added, replacing any of the same key. */
    public Bibliography with(Bibliography other) {
        if (other.isEmpty()) {
            return this;
        }
        Map<String, BibEntry> merged = new LinkedHashMap<>(entries);
        merged.putAll(other.entries);
        return new Bibliography(merged);
    }
}
