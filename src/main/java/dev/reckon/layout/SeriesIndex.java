package dev.reckon.layout;

import dev.reckon.content.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's series, from front matter alone: posts with the same {@code series:} name, ordered by
 * {@code series_part} (posts without one after those with one) and then by date, oldest first. Each
 * post of a series shows "Part 2 of 4" and links to the other parts; each series has a page at
 * {@code /series/<slug>/} listing its parts.
 */
final class SeriesIndex {
    /** By slug, in slug order: the series' name and its posts in reading order. */
    private final Map<String, Series> bySlug = new TreeMap<>();

    record Series(String name, String slug, List<Page> parts) {
        String path() {
            return "series/" + slug + "/";
        }
    }

    /** @param posts the published posts, in any order */
    SeriesIndex(List<Page> posts) {
        Map<String, List<Page>> byName = new LinkedHashMap<>();
        for (Page post : posts) {
            String name = post.meta().series();
            if (name != null && !name.isBlank()) {
                byName.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(post);
            }
        }
        Comparator<Page> reading = Comparator
                .comparing((Page p) -> p.meta().seriesPart() == null ? Integer.MAX_VALUE : p.meta().seriesPart())
                .thenComparing(p -> p.meta().date())
                .thenComparing(Page::slug);
        byName.forEach((name, parts) -> {
            parts.sort(reading);
            String slug = TemplateModels.tagSlug(name);
            bySlug.merge(slug, new Series(name, slug, List.copyOf(parts)), (a, b) -> {
                List<Page> all = new ArrayList<>(a.parts());
                all.addAll(b.parts());
                all.sort(reading);
                return new Series(a.name(), slug, List.copyOf(all));
            });
        });
    }

    List<Series> all() {
        return List.copyOf(bySlug.values());
    }

    /** The series model of a post ("Part 2 of 4" and every part), or null when it is in none. */
    Map<String, Object> forPost(Page post, String basePath) {
        String name = post.meta().series();
        if (name == null || name.isBlank()) {
            return null;
        }
        Series series = bySlug.get(TemplateModels.tagSlug(name.strip()));
        Map<String, Object> model = model(series, basePath);
        model.put("part", series.parts().indexOf(post) + 1);
        return model;
    }

    /** {@code name}, {@code path}, {@code total} and {@code parts} (each {@code title}, {@code path}, {@code part}). */
    static Map<String, Object> model(Series series, String basePath) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", series.name());
        model.put("path", basePath + series.path());
        model.put("total", series.parts().size());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < series.parts().size(); i++) {
            Page part = series.parts().get(i);
            parts.add(Map.of("title", part.meta().title(), "path", basePath + part.urlPath(), "part", i + 1));
        }
        model.put("parts", parts);
        return model;
    }
}
