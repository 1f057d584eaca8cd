package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.content.SiteConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** schema.org JSON-LD for posts, written in Java so that its JSON escaping is exact. */
final class StructuredData {
    private StructuredData() {
    }

    static String blogPosting(SiteConfig config, Page post, String url, String image) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "BlogPosting");
        json.put("headline", post.meta().title());
        if (post.meta().description() != null) {
            json.put("description", post.meta().description());
        }
        json.put("datePublished", post.meta().date().toString());
        json.put("dateModified", (post.meta().updated() != null ? post.meta().updated() : post.meta().date()).toString());
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        if (image != null) {
            json.put("image", image);
        }
        Map<String, Object> author = new LinkedHashMap<>(); // ordered maps only: output must be byte-identical
        author.put("@type", "Person");
        author.put("name", config.author());
        json.put("author", author);
        if (!post.meta().tags().isEmpty()) {
            json.put("keywords", String.join(", ", post.meta().tags()));
        }
        return write(json);
    }

    private static String write(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (var e : map.entrySet()) {
                out.append(out.length() > 1 ? "," : "").append(string(e.getKey().toString()))
                        .append(':').append(write(e.getValue()));
            }
            return out.append('}').toString();
        }
        return string(value.toString());
    }

    /** A JSON string literal that is also safe inside an HTML script element. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<', '>', '&' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
