package dev.reckon.highlight;

import dev.reckon.files.DiskCache;

/**
 * Keeps highlighted code on disk between builds, so that a warm build of a site with code blocks,
 * like one with formulas, starts no JavaScript engine at all. "No grammar for this language" is
 * cached too, or an unknown language would start the engine on every build.
 */
public final class CachedHighlighter implements Highlighter {
    /** Stored for a language the highlighter does not know; cannot be highlighter output (no NUL in HTML). */
    private static final String UNKNOWN_LANGUAGE = "\0";

    private final Highlighter highlighter;
    private final DiskCache cache;

    /** @param cache a store whose fingerprint names the highlighter's version and languages */
    public CachedHighlighter(Highlighter highlighter, DiskCache cache) {
        this.highlighter = highlighter;
        this.cache = cache;
    }

    @Override
    public String highlight(String code, String language) {
        // Length-prefixed, so no language name and code can collide with another split.
        String key = language.length() + ":" + language + code;
        String stored = cache.getText(key).orElse(null);
        if (stored == null) {
            String html = highlighter.highlight(code, language);
            stored = html == null ? UNKNOWN_LANGUAGE : html;
            cache.putText(key, stored);
        }
        return stored.equals(UNKNOWN_LANGUAGE) ? null : stored;
    }
}
