package dev.reckon.markdown.page;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A block the author can number and refer to: display math, an equation, a chart or a table, with a
 * pandoc-style label such as {@code {#eq-ridge}}. The cross-reference extension numbers the labelled
 * blocks of a page ({@link Numbers}); each block's own extension only says where its label was written.
 */
public interface Labelled {
    /** What a label numbers, with the prefix its id must start with and the word its references read. */
    enum Kind {
        EQUATION("eq-", "Equation"), FIGURE("fig-", "Figure"), TABLE("tbl-", "Table");

        private final String prefix;
        private final String word;

        Kind(String prefix, String word) {
            this.prefix = prefix;
            this.word = word;
        }

        public String prefix() {
            return prefix;
        }

        public String word() {
            return word;
        }
    }

    Kind kind();

    /** The label's id as written ({@code eq-ridge}), positioned in the source; {@link BasedSequence#NULL} when there is none. */
    BasedSequence getLabel();
}
