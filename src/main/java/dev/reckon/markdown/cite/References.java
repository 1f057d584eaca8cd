package dev.reckon.markdown.cite;

import com.vladsch.flexmark.html.HtmlWriter;
import dev.reckon.bib.BibEntry;
import java.util.List;

/**
 * The References section at the end of a page that cites: each work as APA writes it, roughly,
 * "Kaplan, J., McCandlish, S., … (2020). Title. <i>Journal</i>, 12(3), 1–10. https://doi.org/…",
 * with the DOI or URL a link. Numbered lists are in order of first citation; author–year lists by author.
 */
final class References {
    private References() {
    }

    /** The id of a work's entry, which its citations link to. */
    static String id(BibEntry entry) {
        return "ref-" + entry.key();
    }

    static void write(Cited cited, CiteExtension.Style style, HtmlWriter html) {
        if (cited == null || cited.isEmpty()) {
            return;
        }
        boolean numbered = style == CiteExtension.Style.NUMBERED;
        html.line().attr("class", "references").attr("id", "references").withAttr().tag("section").line();
        html.tag("h2").text("References").closeTag("h2").line();
        String list = numbered ? "ol" : "ul";
        html.attr("class", "references").withAttr().tag(list).line();
        List<BibEntry> entries = cited.references(style);
        for (BibEntry entry : entries) {
            html.attr("id", id(entry)).withAttr().tag("li");
            writeEntry(entry, cited.year(entry), html);
            html.closeTag("li").line();
        }
        html.closeTag(list).line();
        html.closeTag("section").line();
    }

    private static void writeEntry(BibEntry entry, String year, HtmlWriter html) {
        String authors = entry.fullAuthors();
        if (!authors.isEmpty()) {
            html.text(authors + " ");
        }
        html.text("(" + year + "). ");
        if (!entry.title().isEmpty()) {
            html.text(sentence(entry.title()) + " ");
        }
        if (!entry.container().isEmpty()) {
            html.tag("i").text(entry.container()).closeTag("i");
            if (!entry.volume().isEmpty()) {
                html.text(", " + entry.volume() + (entry.number().isEmpty() ? "" : "(" + entry.number() + ")"));
            }
            if (!entry.pages().isEmpty()) {
                html.text(", " + entry.pages());
            }
            html.text(". ");
        }
        if (!entry.link().isEmpty()) {
            html.attr("href", entry.link()).withAttr().tag("a").text(entry.link()).closeTag("a");
        }
    }

    /** A title ends with one full stop (or its own ? or !). */
    private static String sentence(String title) {
        char last = title.charAt(title.length() - 1);
        return last == '.' || last == '?' || last == '!' ? title : title + ".";
    }
}
