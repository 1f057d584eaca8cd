package dev.reckon.content;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for the names pages are published under: what the build accepts as a slug (from
 * front matter or a file name) and what {@code reckon new} makes of a title, so that a post it
 * creates always builds.
 */
public final class Slugs {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** Device names Windows refuses as file or folder names, with any extension: a site must build everywhere. */
    private static final Pattern DEVICE_NAME = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    /**
     * What the layout writes at the site's root besides the pages (GeneratedNamesTest builds a site and
     * checks this list against it): a page of that name would collide with it.
     */
    public static final List<String> GENERATED_AT_ROOT = List.of("index.html", "404.html", "og.png", "atom.xml",
            "rss.xml", "sitemap.xml", "robots.txt", "blog", "tags", "series", "assets", "katex");
    /** Root names kept free though nothing is written there today, so a theme or a later Reckon may use them. */
    private static final Pattern KEPT_AT_ROOT = Pattern.compile("css|404|index|feed\\..*");
    /** What the layout writes in {@code blog/} besides the posts: the index and its pages ({@code blog/page/2/}). */
    public static final List<String> GENERATED_IN_BLOG = List.of("index.html", "page");

    private Slugs() {
    }

    /** Why a slug is refused, in words for an error message and a hint. */
    public record Problem(String message, String hint) {
    }

    /** Why {@code slug} cannot name a page of {@code kind} ({@link Page.Kind#PAGE} or {@link Page.Kind#POST}); empty when it can. */
    public static Optional<Problem> problem(String slug, Page.Kind kind) {
        if (!SAFE.matcher(slug).matches() || slug.contains("..") || isDeviceName(slug)) {
            return Optional.of(new Problem("unusable slug '" + slug + "'",
                    "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit;"
                            + " not a device name such as con or nul"));
        }
        if (kind == Page.Kind.PAGE && (GENERATED_AT_ROOT.contains(slug) || KEPT_AT_ROOT.matcher(slug).matches())) {
            return Optional.of(new Problem("slug '" + slug + "' collides with what the site generates at its root",
                    "choose another slug; at the root, " + String.join(", ", GENERATED_AT_ROOT)
                            + ", css, 404, index and feed.* are taken"));
        }
        if (kind == Page.Kind.POST && GENERATED_IN_BLOG.contains(slug)) {
            return Optional.of(new Problem("slug '" + slug + "' collides with what the site generates in blog/",
                    "choose another slug; blog/index.html and blog/page/ hold the list of posts"));
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a Windows device name (con, nul, lpt1, …), which no file or folder may be called. */
    public static boolean isDeviceName(String name) {
        return DEVICE_NAME.matcher(name).matches();
    }

    /** A title as a slug: lowercase ASCII words joined by dashes; accents are dropped after canonical decomposition (é → e). */
    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
