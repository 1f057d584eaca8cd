package dev.reckon.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's table of contents, read from its rendered HTML (so a cached page needs no Markdown parse):
 * the headings flexmark wrote with ids, three levels deep from the highest one used, as a nested list
 * of {@code {id, html, children}} for the template. Each entry's HTML is the heading's own, without
 * its {@code #} anchor or any link (a link inside a link is not allowed), so math in a heading shows.
 */
final class Toc {
    private static final Pattern HEADING = Pattern.compile("<h([1-6]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<a [^>]*class=\"anchor\"[^>]*>.*?</a>", Pattern.DOTALL);
    private static final Pattern LINK_TAG = Pattern.compile("</?a(?:\\s[^>]*)?>");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("<sup[^>]*class=\"footnote-ref\"[^>]*>.*?</sup>", Pattern.DOTALL);
    private static final int DEPTH = 3;

    private record Heading(int level, String id, String html) {
    }

    private Toc() {
    }

    /** The entries of {@code html}'s contents; empty when it has fewer than two headings. */
    static List<Map<String, Object>> of(String html) {
        List<Heading> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            String inner = FOOTNOTE_REF.matcher(ANCHOR.matcher(m.group(3)).replaceAll("")).replaceAll("");
            headings.add(new Heading(Integer.parseInt(m.group(1)), m.group(2), LINK_TAG.matcher(inner).replaceAll("").strip()));
        }
        if (headings.size() < 2) {
            return List.of();
        }
        int top = headings.stream().mapToInt(Heading::level).min().orElse(2);
        List<Map<String, Object>> root = new ArrayList<>();
        // The open list at each depth: a heading goes into the list of the nearest shallower one.
        List<List<Map<String, Object>>> open = new ArrayList<>(List.of(root));
        for (Heading h : headings) {
            int depth = h.level() - top;
            if (depth >= DEPTH) {
                continue;
            }
            while (open.size() > depth + 1) {
                open.remove(open.size() - 1);
            }
            List<Map<String, Object>> into = open.get(open.size() - 1);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", h.id());
            entry.put("html", TemplateModels.markup(h.html()));
            List<Map<String, Object>> children = new ArrayList<>();
            entry.put("children", children);
            into.add(entry);
            open.add(children);
        }
        return root;
    }
}
