package dev.reckon.markdown.calc;

import com.vladsch.flexmark.html.HtmlWriter;
import dev.reckon.calc.Citation;
import dev.reckon.calc.FigureUse;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Trace;
import dev.reckon.markdown.page.PageContext;
import dev.reckon.markdown.page.PageFigures;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each computed number of a page came from, as the reader sees it: every value, equation,
 * table, listing and chart is an entry of the page's "Figures and sources" section
 * ({@link SourcesSection}), and the number itself says what it was made of — a link to its entry,
 * described by it for screen readers, with the same text as a tooltip. Each entry is also recorded
 * on the page ({@link PageContext#publish}) for the figure changelog and {@code reckon check}.
 * Without the section (turned off in front matter or site settings) a value keeps only its tooltip.
 */
final class FigureSources {
    /** One computed item of the page: {@code calc-N} in the section. */
    record Entry(int number, String kind, String expression, String value, Trace trace) {
        String id() {
            return "calc-" + number;
        }
    }

    private final PageContext page;
    private final List<Entry> entries = new ArrayList<>();

    FigureSources(PageContext page) {
        this.page = page;
    }

    boolean linked() {
        return page.figureSources();
    }

    List<Entry> entries() {
        return entries;
    }

    /** Records one computed item; {@code published} are the numbers it prints (none for a chart). */
    Entry add(String kind, String expression, String value, Trace trace, List<PageFigures.Published> published) {
        Entry e = new Entry(entries.size() + 1, kind, expression, value, trace);
        entries.add(e);
        List<PageFigures.DataFigure> data = dataFigures(trace.figures());
        published.forEach(p -> page.publish(p, data.stream().filter(d -> p.uses().contains(d.name())).toList()));
        page.uses(data);
        return e;
    }

    /** A published number at {@code at} computed from {@code trace}. */
    static PageFigures.Published published(Origin at, String kind, String expression, String value, Trace trace) {
        return new PageFigures.Published(at.file(), at.line(), at.column(), kind, expression, value,
                trace.figures().stream().map(FigureUse::name).toList());
    }

    static List<PageFigures.DataFigure> dataFigures(List<FigureUse> figures) {
        return figures.stream().map(FigureSources::dataFigure).toList();
    }

    private static PageFigures.DataFigure dataFigure(FigureUse f) {
        return new PageFigures.DataFigure(f.name(), f.label(), f.valueText(), f.source(), f.confirmed(), f.estimate(), f.asOf());
    }

    /** Opens a computed number: a link to its entry when the page has the section, else a span with the tooltip. */
    void open(HtmlWriter html, Entry e, String cssClass) {
        html.attr("class", cssClass).attr("title", tooltip(e));
        if (linked()) {
            html.attr("href", "#" + e.id()).attr("id", e.id() + "-ref").attr("aria-describedby", e.id() + "-what");
            html.withAttr().tag("a");
        } else {
            html.withAttr().tag("span");
        }
    }

    void close(HtmlWriter html) {
        html.closeTag(linked() ? "a" : "span");
    }

    /** After a block (equation, table, listing, chart): a small link to its entry. */
    void blockLink(HtmlWriter html, Entry e) {
        if (!linked()) {
            return;
        }
        html.line().attr("class", "calc-sources-link").withAttr().tag("p");
        html.attr("href", "#" + e.id()).attr("id", e.id() + "-ref").attr("title", tooltip(e))
                .attr("aria-describedby", e.id() + "-what").withAttr().tag("a").text("Sources").closeTag("a");
        html.closeTag("p").line();
    }

    /**
     * What a number was made of, as plain lines: its expression, the definitions it used, each data
     * figure with value, source and confirmation (and date), each formula's source.
     */
    static String tooltip(Entry e) {
        return tooltip(e.expression(), e.trace());
    }

    static String tooltip(String expression, Trace t) {
        StringBuilder out = new StringBuilder(expression);
        if (!t.definitions().isEmpty()) {
            out.append("\nwhere ").append(String.join("; ", t.definitions()));
        }
        for (FigureUse f : t.figures()) {
            out.append('\n').append(f.name()).append(" = ").append(f.valueText()).append(": ").append(provenance(f));
        }
        for (Citation c : t.citations()) {
            out.append("\nformula: ").append(shortCitation(c));
        }
        return out.toString();
    }

    private static String provenance(FigureUse f) {
        return f.source() + " (" + f.confirmation() + (f.estimate() ? ", estimate" : "")
                + (f.asOf() == null ? "" : ", as of " + f.asOf()) + ")";
    }

    /** "Kaplan et al. (2020)". */
    static String shortCitation(Citation c) {
        String first = c.authors().split(",")[0].strip();
        return first + (c.authors().contains(",") ? " et al." : "") + " (" + c.year() + ")";
    }
}
