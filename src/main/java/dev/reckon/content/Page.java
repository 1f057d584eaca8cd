package dev.reckon.content;

import java.nio.file.Path;
import java.util.List;

/**
 * One Markdown source: a blog post, or a standalone page such as "about".
 *
 * @param body          the Markdown after the front matter
 * @param bodyFirstLine the 1-based line of the source file on which {@code body} starts
 * @param bundleFiles   files beside a bundle's index.md, copied next to the rendered page
 */
public record Page(
        Kind kind,
        SourceFile source,
        FrontMatter meta,
        String body,
        int bodyFirstLine,
        String slug,
        List<Path> bundleFiles) {

    public enum Kind { POST, PAGE, HOME }

    /** The site-relative URL path of the page, always ending in '/'. */
    public String urlPath() {
        return switch (kind) {
            case POST -> "blog/" + slug + "/";
            case PAGE -> slug + "/";
            case HOME -> "";
        };
    }
}
