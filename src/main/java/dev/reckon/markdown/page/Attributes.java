package dev.reckon.markdown.page;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's attribute syntax as far as Reckon reads it: {@code {#id}} after display math or a table
 * caption, and a fence's info string written {@code chart {#fig-x}} or {@code {.chart #fig-x}}.
 */
public final class Attributes {
    /** An identifier as pandoc and HTML allow it: a letter, then letters, digits, {@code - _ : .}. */
    static final String ID = "\\p{L}[\\p{L}\\p{N}_:.-]*";
    /** {@code {#id}} (white space inside allowed) at the end of a text. */
    private static final Pattern TRAILING_ID = Pattern.compile("\\{\\s*#(" + ID + ")\\s*}\\s*$");
    /** {@code {.kind #id}}, {@code {#id .kind}} or {@code kind {#id}} as a whole info string. */
    private static final Pattern BRACED_INFO = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Attributes() {
    }

    /** The id of a {@code {#id}} that ends {@code text}, or NULL. */
    public static BasedSequence trailingId(BasedSequence text) {
        Matcher m = TRAILING_ID.matcher(text);
        return m.find() ? text.subSequence(m.start(1), m.end(1)) : BasedSequence.NULL;
    }

    /** {@code text} without a trailing {@code {#id}}, trimmed at the end. */
    public static BasedSequence withoutTrailingId(BasedSequence text) {
        Matcher m = TRAILING_ID.matcher(text);
        return m.find() ? text.subSequence(0, m.start()).trimEnd() : text;
    }

    /**
     * A fence's info string read as pandoc writes attributes: {@code chart}, {@code chart {#fig-x}} and
     * {@code {.chart #fig-x}} are all the kind {@code chart}; the id is NULL when none is given.
     */
    public record FenceInfo(String kind, BasedSequence id) {
        public static FenceInfo of(BasedSequence info) {
            BasedSequence trimmed = info.trim();
            Matcher braced = BRACED_INFO.matcher(trimmed);
            int open = trimmed.indexOf('{');
            if (open < 0 || !braced.find(open) || braced.end() != trimmed.length()) {
                return new FenceInfo(trimmed.toString(), BasedSequence.NULL);
            }
            String kind = trimmed.subSequence(0, open).trim().toString();
            BasedSequence id = BasedSequence.NULL;
            BasedSequence inside = trimmed.subSequence(braced.start(1), braced.end(1));
            for (Matcher words = WORD.matcher(inside); words.find(); ) {
                BasedSequence word = inside.subSequence(words.start(), words.end());
                if (word.startsWith("#") && word.length() > 1 && id.isNull()) {
                    id = word.subSequence(1);
                } else if (word.startsWith(".") && word.length() > 1 && kind.isEmpty()) {
                    kind = word.subSequence(1).toString();
                }
            }
            return new FenceInfo(kind, id);
        }
    }
}
