package dev.reckon.content;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import dev.reckon.yaml.YamlSource;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits a Markdown source into its YAML front matter and body, and reads the front matter. */
final class FrontMatterParser {
    static final Set<String> KNOWN_KEYS =
            Set.of("title", "date", "updated", "description", "tags", "draft", "slug", "image",
                    "figure_sources", "bibliography", "toc", "series", "series_part");
    /** The most characters a front matter may have (64 KiB); a longer one is refused before it is parsed. */
    static final int MAX_CHARS = 64 * 1024;
    private static final Pattern FENCE = Pattern.compile("---\\s*");
    private static final Pattern CLOSING_FENCE = Pattern.compile("(---|\\.\\.\\.)\\s*");

    /**
     * The result of splitting: front matter (null when the file has none), where the body starts,
     * and where the front matter's {@code slug:} value is written (null without one).
     */
    record Split(FrontMatter meta, String body, int bodyFirstLine, SourceSpan slugAt) {
        Split(FrontMatter meta, String body, int bodyFirstLine) {
            this(meta, body, bodyFirstLine, null);
        }
    }

    private FrontMatterParser() {
    }

    static Split parse(SourceFile file, Page.Kind kind, List<Diagnostic> problems) {
        boolean dateRequired = kind == Page.Kind.POST;
        String[] lines = file.lines();
        SourceLines sourceLines = SourceLines.of(lines);
        String name = file.displayPath();
        if (lines.length == 0 || !FENCE.matcher(lines[0]).matches()) {
            problems.add(sourceLines.error("missing front matter", SourceSpan.of(name, 1, 1),
                    "start the file with a '---' line, then 'title: …'" + (dateRequired ? " and 'date: YYYY-MM-DD'" : "")
                            + ", then another '---' line"));
            return new Split(null, file.text(), 1);
        }
        int closing = -1;
        long size = 0;
        for (int i = 1; i < lines.length; i++) {
            if (CLOSING_FENCE.matcher(lines[i]).matches()) {
                closing = i;
                break;
            }
            size += lines[i].length() + 1;
            if (size > MAX_CHARS) {
                // Refused before YAML sees it: composing megabytes of YAML takes seconds.
                problems.add(sourceLines.error(String.format(Locale.ROOT,
                                "front matter is longer than %,d characters", MAX_CHARS), SourceSpan.of(name, i + 1, 1),
                        "front matter holds a title, a date and a few short keys: put long text in the body and data"
                                + " in content/data/*.yaml (or, if the front matter ends earlier, close it with a '---' line)"));
                return new Split(null, "", lines.length + 1);
            }
        }
        if (closing < 0) {
            problems.add(sourceLines.error("front matter is not closed", SourceSpan.of(name, 1, 1),
                    "add a line '---' after the last front-matter key"));
            return new Split(null, "", lines.length + 1);
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, closing));
        String body = String.join("\n", Arrays.copyOfRange(lines, closing + 1, lines.length));
        int bodyFirstLine = closing + 2;
        int before = countErrors(problems);
        YamlMap map = YamlMap.read(YamlSource.within(name, yaml, 2, sourceLines), problems).orElse(null);
        if (map == null) {
            return new Split(null, body, bodyFirstLine);
        }
        map.warnUnknownKeys(KNOWN_KEYS);
        String title = map.string("title", true);
        FrontMatter meta = new FrontMatter(
                title,
                map.date("date", dateRequired),
                map.date("updated", false),
                map.string("description", false),
                map.strings("tags"),
                map.bool("draft", false),
                map.string("slug", false),
                map.string("image", false),
                map.optionalBool("figure_sources"),
                map.strings("bibliography"),
                map.optionalBool("toc"),
                map.string("series", false),
                map.optionalPositiveInt("series_part", 2));
        if (title != null && title.isBlank()) {
            map.reportAt("title", "title is empty", "give the page a title");
        }
        return new Split(countErrors(problems) > before ? null : meta, body, bodyFirstLine, map.span("slug"));
    }

    private static int countErrors(List<Diagnostic> problems) {
        return (int) problems.stream().filter(Diagnostic::isError).count();
    }
}
