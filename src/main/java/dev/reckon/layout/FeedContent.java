package dev.reckon.layout;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A post's HTML as feed readers need it: a feed entry is read away from the site, so every link
 * and image source that is relative to the page or to the site root is made absolute.
 */
final class FeedContent {
    private static final String[][] URL_ATTRIBUTES = {
            {"a[href]", "href"}, {"img[src]", "src"}, {"source[src]", "src"}, {"video[src]", "src"},
            {"video[poster]", "poster"}, {"audio[src]", "src"}, {"object[data]", "data"}};

    private FeedContent() {
    }

    /** @param pageUrl the absolute URL of the post, against which relative URLs resolve */
    static String absolute(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        withoutSources(doc);
        for (String[] selector : URL_ATTRIBUTES) {
            for (Element element : doc.select(selector[0])) {
                String url = element.absUrl(selector[1]);
                if (!url.isEmpty()) {
                    element.attr(selector[1], url);
                }
            }
        }
        return doc.body().html();
    }

    /**
     * A feed entry carries computed numbers as plain text and, instead of the post's "Figures and
     * sources" section, one plain link to it on the site: the section's links lead into the page.
     */
    private static void withoutSources(Document doc) {
        doc.select("a.calc-value").unwrap();
        doc.select("p.calc-sources-link").remove();
        Element section = doc.getElementById("figure-sources");
        if (section != null) {
            Element link = new Element("p").appendChild(new Element("a").attr("href", "#figure-sources").text("Figures and sources"));
            section.replaceWith(link);
        }
    }
}
