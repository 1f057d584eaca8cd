package dev.reckon.markdown.page;

import java.util.List;

/**
 * What a page published and what it was computed from: every computed number a reader sees
 * (inline values, derived equations, table cells, shown listings) with the data figures it used,
 * and each such data figure with its provenance. Kept with the page in the page cache, so a warm
 * build knows them without running the engine: the figure changelog and {@code reckon check}'s
 * staleness warning read them.
 */
public record PageFigures(List<Published> published, List<DataFigure> data) {
    public static final PageFigures NONE = new PageFigures(List.of(), List.of());

    public PageFigures {
        published = List.copyOf(published);
        data = List.copyOf(data);
    }

    /**
     * One published number.
     *
     * @param kind       {@code value}, {@code equation}, {@code table} or {@code listing}
     * @param expression as written ({@code weights -> TB | sig 2}; a table cell's column line with its row)
     * @param value      as the page prints it ({@code 1.6 TB})
     * @param uses       the data figures it was computed from, by name ({@code h200_sxm.memory})
     */
    public record Published(String file, int line, int column, String kind, String expression, String value,
            List<String> uses) {
        public Published {
            uses = List.copyOf(uses);
        }

        /** {@code content/posts/a.md:12:5}. */
        public String at() {
            return file + ":" + line + ":" + column;
        }
    }

    /**
     * One data figure as the page used it.
     *
     * @param name      {@code h200_sxm.memory}
     * @param label     the record's display name and the figure's path ({@code NVIDIA H200 SXM, memory})
     * @param value     with its unit, as an equation shows an input ({@code 141 GB})
     * @param confirmed P, S, D or U
     * @param asOf      the date it was true (prices, estimates), or null
     */
    public record DataFigure(String name, String label, String value, String source, String confirmed,
            boolean estimate, String asOf) {
    }
}
