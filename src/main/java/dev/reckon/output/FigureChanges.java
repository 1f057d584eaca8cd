package dev.reckon.output;

import dev.reckon.markdown.page.PageFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published numbers a build changed: a number is the same one in two builds when it is in the
 * same file, of the same kind, written with the same expression (the n-th such one), so moving a
 * sentence does not make its number new; it changed when its printed value did. The causes are the
 * data figures it used whose value changed; none means the page's own text or definitions (or
 * Reckon) changed it.
 */
public final class FigureChanges {
    /** A data figure whose value changed. */
    public record Cause(String figure, String was, String now) {
    }

    /** A published number as it is now, what it printed before, and why it changed; {@code post}: on a post, not a page. */
    public record Change(PageFigures.Published now, String was, List<Cause> causes, boolean post) {
    }

    private FigureChanges() {
    }

    static List<Change> between(List<FigureIndex.Page> before, List<FigureIndex.Page> after) {
        Map<String, FigureIndex.Page> old = new HashMap<>();
        before.forEach(p -> old.put(p.file(), p));
        List<Change> out = new ArrayList<>();
        for (FigureIndex.Page page : after) {
            FigureIndex.Page last = old.get(page.file());
            if (last != null) {
                compare(last.figures(), page.figures(), page.post(), out);
            }
        }
        return out;
    }

    private static void compare(PageFigures before, PageFigures after, boolean post, List<Change> out) {
        Map<String, PageFigures.Published> old = keyed(before.published());
        Map<String, String> oldData = values(before.data());
        Map<String, String> newData = values(after.data());
        keyed(after.published()).forEach((key, now) -> {
            PageFigures.Published was = old.get(key);
            if (was != null && !was.value().equals(now.value())) {
                Set<String> uses = new LinkedHashSet<>(now.uses());
                uses.addAll(was.uses());
                List<Cause> causes = new ArrayList<>();
                for (String figure : uses) {
                    String a = oldData.get(figure);
                    String b = newData.get(figure);
                    if (a == null ? b != null : !a.equals(b)) {
                        causes.add(new Cause(figure, a, b));
                    }
                }
                out.add(new Change(now, was.value(), causes, post));
            }
        });
    }

    /** Published numbers by identity: kind, expression and which occurrence of that pair it is, in page order. */
    private static Map<String, PageFigures.Published> keyed(List<PageFigures.Published> published) {
        Map<String, PageFigures.Published> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PageFigures.Published p : published) {
            String base = p.kind() + "\0" + p.expression();
            int n = seen.merge(base, 1, Integer::sum);
            out.put(base + "\0" + n, p);
        }
        return out;
    }

    private static Map<String, String> values(List<PageFigures.DataFigure> data) {
        Map<String, String> out = new HashMap<>();
        data.forEach(d -> out.put(d.name(), d.value()));
        return out;
    }

    /** The build's line: {@code 3 published figures changed in 2 posts; reckon figures --changed}. */
    public static String summary(List<Change> changes) {
        Set<String> files = new LinkedHashSet<>();
        changes.forEach(c -> files.add(c.now().file()));
        int n = changes.size();
        String where = changes.stream().allMatch(Change::post) ? " post" : " page";
        return n + " published figure" + (n == 1 ? "" : "s") + " changed in " + files.size()
                + where + (files.size() == 1 ? "" : "s") + "; reckon figures --changed";
    }
}
