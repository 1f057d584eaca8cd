package dev.reckon.content;

import java.util.regex.Pattern;

/** Which slugs can be published: each is a URL segment and a folder name, so it must be safe on every system. */
final class Slugs {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** Device names Windows refuses as file or folder names, with any extension: a site must build everywhere. */
    private static final Pattern DEVICE_NAME = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    /** What a standalone page would collide with at the site's root. */
    private static final Pattern RESERVED = Pattern.compile("blog|tags|series|css|katex|assets|404|index|feed\\..*|atom\\.xml|rss\\.xml|sitemap\\.xml|robots\\.txt");

    private Slugs() {
    }

    static boolean usable(String slug, Page.Kind kind) {
        return SAFE.matcher(slug).matches() && !slug.contains("..") && !DEVICE_NAME.matcher(slug).matches()
                && !(kind == Page.Kind.PAGE && RESERVED.matcher(slug).matches());
    }

    static String hint(Page.Kind kind) {
        return "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit; not a device name such as con or nul"
                + (kind == Page.Kind.PAGE ? "; the names blog, tags, series, css, katex, assets, 404 and index are reserved" : "");
    }
}
