package dev.reckon.markdown.math;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps rendered formulas out of flexmark's line writer. A formula's KaTeX HTML is 5-10 KB, and
 * flexmark copies raw HTML character by character through its line buffer (45 % of a warm build,
 * BENCHMARKS.md); instead each formula is written as a short placeholder, and {@link #splice}
 * puts the HTML in with one pass over the finished page.
 *
 * <p>A placeholder is {@code U+E000 index U+E001} (private-use characters). Page text could hold
 * those characters too, so the scheme is only switched on for a page whose Markdown has no
 * {@code U+E000} ({@link #install}), and {@link #splice} refuses (returns {@code null}) unless every
 * {@code U+E000} in the output is one of its own placeholders, each exactly once, in order. Text
 * added by directives or data can therefore never be mistaken for a formula: the caller then
 * renders the page again without placeholders.
 */
public final class MathPlaceholders {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final NullableDataKey<MathPlaceholders> KEY = new NullableDataKey<>("RECKON_MATH_PLACEHOLDERS");

    private final List<String> formulas = new ArrayList<>();

    private MathPlaceholders() {
    }

    /** Turns placeholders on for this document when its source cannot contain one; else returns null. */
    public static MathPlaceholders install(Document document, String source) {
        if (source.indexOf(OPEN) >= 0) {
            return null;
        }
        MathPlaceholders placeholders = new MathPlaceholders();
        document.set(KEY, placeholders);
        return placeholders;
    }

    /**
     * Writes rendered math: as a placeholder when the document has them on and the HTML is one line
     * without surrounding white space (so flexmark, which only ever adjusts white space at line
     * boundaries, would have copied it unchanged), else directly.
     */
    static void write(Document document, String formulaHtml, HtmlWriter html) {
        MathPlaceholders placeholders = KEY.get(document);
        if (placeholders == null || !copiedVerbatim(formulaHtml)) {
            html.raw(formulaHtml);
            return;
        }
        html.raw(OPEN + Integer.toString(placeholders.formulas.size()) + CLOSE);
        placeholders.formulas.add(formulaHtml);
    }

    private static boolean copiedVerbatim(String formulaHtml) {
        if (formulaHtml.isEmpty() || Character.isWhitespace(formulaHtml.charAt(0))
                || Character.isWhitespace(formulaHtml.charAt(formulaHtml.length() - 1))) {
            return false;
        }
        for (int i = 0; i < formulaHtml.length(); i++) {
            char c = formulaHtml.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The page with every placeholder replaced by its formula's HTML, or {@code null} when the
     * output holds a placeholder character that is not exactly the next expected placeholder.
     */
    public String splice(String rendered) {
        if (formulas.isEmpty()) {
            return rendered.indexOf(OPEN) >= 0 ? null : rendered;
        }
        StringBuilder out = new StringBuilder(rendered.length() + formulas.stream().mapToInt(String::length).sum());
        int from = 0;
        int next = 0;
        for (int open = rendered.indexOf(OPEN); open >= 0; open = rendered.indexOf(OPEN, from)) {
            int close = rendered.indexOf(CLOSE, open + 1);
            if (close < 0 || next >= formulas.size() || !rendered.substring(open + 1, close).equals(Integer.toString(next))) {
                return null;
            }
            out.append(rendered, from, open).append(formulas.get(next++));
            from = close + 1;
        }
        if (next != formulas.size()) {
            return null;
        }
        return out.append(rendered, from, rendered.length()).toString();
    }
}
