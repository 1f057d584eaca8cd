package dev.reckon.highlight;

/** Turns source code into highlighted HTML for inside {@code <code>}. */
@FunctionalInterface
public interface Highlighter {
    /**
     * @param code     the code, as written
     * @param language a language name or alias from the fence's info string, e.g. "java", "py"
     * @return HTML for inside {@code <code>}, or null when the language is not known
     */
    String highlight(String code, String language);
}
