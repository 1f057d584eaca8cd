package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.output.SiteOutput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Atom and RSS 2.0, each with the newest posts in full and every URL absolute. */
final class Feeds {
    /** How many of the newest posts the feeds carry. */
    static final int SIZE = 20;
    private final PageWriter writer;
    /** Newest first. */
    private final List<Page> posts;

    Feeds(PageWriter writer, List<Page> posts) {
        this.writer = writer;
        this.posts = posts;
    }

    /**
     * @param summaries the posts' summaries, in post order
     * @param html      the newest posts' rendered Markdown, newest first
     */
    void write(SiteOutput out, List<Map<String, Object>> summaries, List<String> html) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(SIZE, posts.size()); i++) {
            Map<String, Object> entry = new HashMap<>(summaries.get(i));
            entry.put("content", FeedContent.of(html.get(i), (String) entry.get("url")));
            entry.put("dateRfc822", rfc822(posts.get(i).meta().date()));
            entries.add(entry);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("site", writer.site);
        model.put("posts", entries);
        LocalDate updated = newestDate();
        model.put("updatedIso", updated.toString());
        model.put("updatedRfc822", rfc822(updated));
        out.write("atom.xml", writer.templates.renderFile("atom.ftlx", model));
        out.write("rss.xml", writer.templates.renderFile("rss.ftlx", model));
    }

    /** RSS dates (RFC 822): midnight of the day in the site's time zone. */
    private String rfc822(LocalDate date) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atStartOfDay(writer.config.timeZone()));
    }

    /** When the newest post was written or last updated; 1970-01-01 for a site without posts (no clock in output). */
    private LocalDate newestDate() {
        return posts.stream()
                .map(p -> p.meta().updated() != null ? p.meta().updated() : p.meta().date())
                .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
    }
}
