package dev.reckon.markdown.page;

import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the node renderers of one document need: where the Markdown came from (to position
 * messages) and where to report problems. Stored on the flexmark Document, so renderers stay
 * stateless and one HtmlRenderer serves the whole build.
 */
public final class PageContext {
    public static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("RECKON_PAGE_CONTEXT");

    private final String file;
    private final int firstLine;
    private final SourceLines fileLines;
    private final int[] lineStarts;
    private final List<Diagnostic> problems = new ArrayList<>();
    private boolean hasMath;
    private final SortedSet<String> mathFonts = new TreeSet<>();
    private final SortedMap<String, String> dependencies = new TreeMap<>();
    private final List<PageFigures.Published> published = new ArrayList<>();
    private final Map<String, PageFigures.DataFigure> dataFigures = new LinkedHashMap<>();
    private boolean figureSources = true;

    /**
     * @param body      the Markdown text that was parsed
     * @param firstLine the 1-based line of the file on which {@code body} starts
     * @param fileLines the whole file's lines, for caret displays
     */
    public PageContext(String file, String body, int firstLine, String[] fileLines) {
        this.file = file;
        this.firstLine = firstLine;
        this.fileLines = SourceLines.of(fileLines);
        this.lineStarts = lineStarts(body);
    }

    private static int[] lineStarts(String body) {
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    public String file() {
        return file;
    }

    /** The file position of a character offset in the parsed body. */
    public SourceSpan spanAt(int offset, int length) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = index >= 0 ? index : -index - 2;
        return new SourceSpan(file, firstLine + lineIndex, offset - lineStarts[lineIndex] + 1, Math.max(1, length));
    }

    public String lineText(int line) {
        return fileLines.line(line);
    }

    public void error(String message, int offset, int length, String hint) {
        problems.add(fileLines.error(message, spanAt(offset, length), hint));
    }

    public void report(List<Diagnostic> diagnostics) {
        problems.addAll(diagnostics);
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    /**
     * Records that the page's output depends on something outside its text (a data record), with
     * a fingerprint of what it saw; the extension that recorded it tells a later build whether it
     * changed ({@code MarkdownRenderer.fingerprint}).
     */
    public void dependsOn(String key, String fingerprint) {
        dependencies.put(key, fingerprint);
    }

    public SortedMap<String, String> dependencies() {
        return dependencies;
    }

    /** Whether the page ends with its "Figures and sources" section (front matter or site settings may turn it off). */
    public boolean figureSources() {
        return figureSources;
    }

    public void figureSources(boolean wanted) {
        figureSources = wanted;
    }

    /** Records a number the page publishes and the data figures it was computed from (each kept once, in order of first use). */
    public void publish(PageFigures.Published figure, List<PageFigures.DataFigure> used) {
        published.add(figure);
        uses(used);
    }

    /** Records data figures the page shows other than as a number (a chart draws them). */
    public void uses(List<PageFigures.DataFigure> used) {
        used.forEach(d -> dataFigures.putIfAbsent(d.name(), d));
    }

    public PageFigures figures() {
        return published.isEmpty() && dataFigures.isEmpty() ? PageFigures.NONE
                : new PageFigures(published, List.copyOf(dataFigures.values()));
    }

    /** @param fonts the KaTeX font files the formula draws with */
    public void markMath(Collection<String> fonts) {
        hasMath = true;
        mathFonts.addAll(fonts);
    }

    public boolean hasMath() {
        return hasMath;
    }

    /** The KaTeX font files the page's formulas draw with, sorted. */
    public SortedSet<String> mathFonts() {
        return mathFonts;
    }
}
