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
}
