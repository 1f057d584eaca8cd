package dev.reckon.markdown.calc;

import com.vladsch.flexmark.html.HtmlWriter;
import dev.reckon.calc.Citation;
import dev.reckon.calc.FigureUse;
import dev.reckon.markdown.page.PageFigures;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Figures and sources" section at the end of a post: each data figure the page's numbers used
 * (figure, value with unit, source with its links, confirmation, date), the sources of the library
 * formulas they used, and each computed item with its expression, what it was made of and a link
 * back to it in the text. Plain HTML: a table and lists, navigable by keyboard and screen reader.
 */
final class SourcesSection {
    /** The section's id: what a feed links to instead of carrying the section. */
    static final String ID = "figure-sources";
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+[^\\s\"<>.,;:)\\]]");

    private SourcesSection() {
    }

    static void write(HtmlWriter html, List<FigureSources.Entry> entries) {
        Map<String, FigureUse> figures = new LinkedHashMap<>();
        Set<Citation> citations = new LinkedHashSet<>();
        for (FigureSources.Entry e : entries) {
            e.trace().figures().forEach(f -> figures.putIfAbsent(f.name(), f));
            citations.addAll(e.trace().citations());
        }
        html.line().attr("class", "figure-sources").attr("id", ID).attr("aria-labelledby", ID + "-title").withAttr()
                .tag("section").line();
        html.attr("id", ID + "-title").withAttr().tag("h2").text("Figures and sources").closeTag("h2").line();
        if (!figures.isEmpty()) {
            dataTable(html, FigureSources.dataFigures(List.copyOf(figures.values())));
        }
        if (!citations.isEmpty()) {
            html.tag("h3").text("Formulas").closeTag("h3").line();
            html.attr("class", "figure-sources-formulas").withAttr().tag("ul").line();
            for (Citation c : citations) {
                html.tag("li").text(c.authors() + " (" + c.year() + "), ");
                html.attr("href", c.url()).withAttr().tag("a").text(c.title()).closeTag("a");
                html.closeTag("li").line();
            }
            html.closeTag("ul").line();
        }
        html.tag("h3").text("Computed on this page").closeTag("h3").line();
        html.attr("class", "figure-sources-computed").withAttr().tag("ol").line();
        entries.forEach(e -> entry(html, e));
        html.closeTag("ol").line();
        html.closeTag("section").line();
    }

    /**
     * Figure, value, confirmation (and date), then the source, the longest cell, last: on a narrow
     * screen the style sheet sets each row as a block with the source on a line of its own, so the
     * rows carry their table roles explicitly (a table no longer displayed as one loses them).
     */
    private static void dataTable(HtmlWriter html, List<PageFigures.DataFigure> figures) {
        boolean dated = figures.stream().anyMatch(f -> f.asOf() != null);
        html.attr("class", "figure-sources-data").attr("role", "table").withAttr().tag("table").line();
        html.attr("role", "rowgroup").withAttr().tag("thead").attr("role", "row").withAttr().tag("tr");
        header(html, "Figure", null);
        header(html, "Value", "num");
        header(html, "Confirmed", null);
        if (dated) {
            header(html, "As of", null);
        }
        header(html, "Source", null);
        html.closeTag("tr").closeTag("thead").line();
        html.attr("role", "rowgroup").withAttr().tag("tbody").line();
        for (PageFigures.DataFigure f : figures) {
            html.attr("id", rowId(f.name())).attr("role", "row").withAttr().tag("tr");
            html.attr("scope", "row").attr("role", "rowheader").withAttr().tag("th").tag("code").text(f.name()).closeTag("code")
                    .attr("class", "figure-sources-label").withAttr().tag("span").text(f.label()).closeTag("span").closeTag("th");
            cell(html, "num").text(f.value()).closeTag("td");
            cell(html, "figure-sources-confirmed").text(FigureUse.confirmation(f.confirmed()) + (f.estimate() ? ", estimate" : ""))
                    .closeTag("td");
            if (dated) {
                cell(html, "figure-sources-date");
                if (f.asOf() != null) {
                    html.attr("datetime", f.asOf()).withAttr().tag("time").text(f.asOf()).closeTag("time");
                }
                html.closeTag("td");
            }
            cell(html, "figure-sources-source");
            linked(html, f.source());
            html.closeTag("td");
            html.closeTag("tr").line();
        }
        html.closeTag("tbody").line();
        html.closeTag("table").line();
    }

    private static HtmlWriter cell(HtmlWriter html, String cssClass) {
        return html.attr("class", cssClass).attr("role", "cell").withAttr().tag("td");
    }

    private static void header(HtmlWriter html, String text, String cssClass) {
        html.attr("scope", "col").attr("role", "columnheader");
        if (cssClass != null) {
            html.attr("class", cssClass);
        }
        html.withAttr().tag("th").text(text).closeTag("th");
    }

    /** A computed item: its expression and value, what it was made of (linked to the figures' rows), and a way back. */
    private static void entry(HtmlWriter html, FigureSources.Entry e) {
        html.attr("id", e.id()).withAttr().tag("li");
        html.attr("id", e.id() + "-what").withAttr().tag("span");
        html.tag("code").text(e.expression()).closeTag("code");
        if (e.value() != null) {
            html.text(" = " + e.value());
        }
        if (!e.trace().definitions().isEmpty()) {
            html.text(", where ");
            for (int i = 0; i < e.trace().definitions().size(); i++) {
                html.text(i == 0 ? "" : "; ").tag("code").text(e.trace().definitions().get(i)).closeTag("code");
            }
        }
        List<FigureUse> figures = e.trace().figures();
        if (!figures.isEmpty()) {
            html.text(figures.size() == 1 ? "; data figure " : "; data figures ");
            for (int i = 0; i < figures.size(); i++) {
                html.text(i == 0 ? "" : ", ").attr("href", "#" + rowId(figures.get(i).name())).withAttr().tag("a")
                        .text(figures.get(i).name()).closeTag("a");
            }
        }
        for (Citation c : e.trace().citations()) {
            html.text("; formula: " + FigureSources.shortCitation(c));
        }
        html.closeTag("span");
        html.text(" ").attr("href", "#" + e.id() + "-ref").attr("class", "figure-sources-back")
                .attr("aria-label", "Back to the text").withAttr().tag("a").text("↩").closeTag("a");
        html.closeTag("li").line();
    }

    /** The row of a data figure: {@code source-h200_sxm-memory}. */
    static String rowId(String figure) {
        return "source-" + figure.replace('.', '-');
    }

    /** A source as text, with each web address in it a link. */
    private static void linked(HtmlWriter html, String source) {
        Matcher m = URL.matcher(source);
        int at = 0;
        while (m.find()) {
            html.text(source.substring(at, m.start()));
            html.attr("href", m.group()).withAttr().tag("a").text(m.group()).closeTag("a");
            at = m.end();
        }
        html.text(source.substring(at));
    }
}
