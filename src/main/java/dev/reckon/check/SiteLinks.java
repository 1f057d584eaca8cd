package dev.reckon.check;

import dev.reckon.content.Page;
import dev.reckon.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Resolves a page's internal links and images against the site as built: a link is good when the
 * file it names was written, and its {@code #anchor} when that page has an element with that id. Not
 * thread-safe (anchor sets are memoised per file).
 */
final class SiteLinks {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final int LISTED_ANCHORS = 6;

    private final Path output;
    private final String basePath;
    private final Map<Path, Set<String>> anchors = new HashMap<>();
    private final Map<String, String> published;

    /**
     * @param basePath  the site's path under its domain, "/" or "/project/"
     * @param published each inspected page's source (display path) to its site path, to turn a link to a
     *                  {@code .md} file into the address to write instead
     */
    SiteLinks(Path output, String basePath, Map<String, String> published) {
        this.output = output;
        this.basePath = basePath;
        this.published = published;
    }

    /** Whether the link leaves the site (then only {@code --external} looks at it). */
    static boolean isExternal(String url) {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }

    /** The problem with an internal link or image, if any. */
    Optional<Diagnostic> check(PageFacts.LinkUse use, Page page) {
        String url = use.url().strip();
        boolean image = use.kind() == PageFacts.Kind.IMAGE || use.kind() == PageFacts.Kind.HTML_IMAGE;
        if (url.isEmpty()) {
            return error(use, image ? "image without a source" : "link without a target",
                    "put the address in the parentheses: [text](/blog/slug/)");
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        String pathPart = hash < 0 ? url : url.substring(0, hash);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        if (pathPart.startsWith("/") && !pathPart.startsWith(basePath)) {
            return error(use, "link " + url + " leaves the site's base path " + basePath,
                    "write " + basePath + pathPart.substring(1) + ", or a relative link");
        }
        String sitePath;
        try {
            URI from = new URI("/" + page.urlPath());
            String to = pathPart.startsWith("/") ? "/" + pathPart.substring(basePath.length()) : pathPart;
            // URI decodes %20 and friends in getPath(); a literal space is what authors type, so accept it too.
            sitePath = from.resolve(new URI(to.replace(" ", "%20"))).normalize().getPath();
        } catch (URISyntaxException e) {
            return error(use, "malformed link " + url, "check the address for stray spaces or brackets");
        }
        if (sitePath.startsWith("/..")) {
            return error(use, "link " + url + " climbs above the site's root", "count the ../ again");
        }
        String relative = sitePath.substring(1);
        Path target = output.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return error(use, (image ? "image not found: " : "link to a page that does not exist: ") + url,
                    missingHint(pathPart, page, image));
        }
        if (fragment.isEmpty() || !target.getFileName().toString().endsWith(".html")) {
            return Optional.empty();
        }
        Set<String> ids = anchors(target);
        String id = fragment;
        try {
            id = new URI("#" + fragment.replace(" ", "%20")).getFragment();
        } catch (URISyntaxException e) {
            // Not percent-encoded properly: compare it as written.
        }
        if (ids.contains(id)) {
            return Optional.empty();
        }
        String where = pathPart.isEmpty() ? "this page" : sitePath;
        return error(use, "no anchor #" + id + " on " + where, anchorHint(ids));
    }

    private String missingHint(String pathPart, Page page, boolean image) {
        if (pathPart.endsWith(".md")) {
            String source = Path.of(page.source().displayPath()).resolveSibling(pathPart).normalize().toString()
                    .replace('\\', '/');
            String target = published.get(source);
            return target != null ? "link to the published page: " + basePath + target
                    : "link to the published page, e.g. /blog/<slug>/ for a post or /<slug>/ for a page, not its .md file";
        }
        return image ? "put the image beside the post (a page bundle: content/posts/<slug>/index.md) or under templates/assets/"
                : "check the spelling; posts are published at /blog/<slug>/ and pages at /<slug>/";
    }

    private static String anchorHint(Set<String> ids) {
        if (ids.isEmpty()) {
            return "that page has no anchors; link to the page itself";
        }
        StringBuilder out = new StringBuilder("anchors on that page include ");
        int n = 0;
        for (String id : ids) {
            if (n == LISTED_ANCHORS) {
                out.append(", …");
                break;
            }
            out.append(n++ == 0 ? "" : ", ").append('#').append(id);
        }
        return out.append(" (a heading's anchor is its text in lowercase, spaces as dashes)").toString();
    }

    private Set<String> anchors(Path html) {
        return anchors.computeIfAbsent(html, file -> {
            try {
                Set<String> ids = new LinkedHashSet<>();
                for (Element e : Jsoup.parse(file.toFile(), "UTF-8").select("[id], a[name]")) {
                    ids.add(e.hasAttr("id") ? e.id() : e.attr("name"));
                }
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Optional<Diagnostic> error(PageFacts.LinkUse use, String message, String hint) {
        return Optional.of(Diagnostic.error(message, use.span(), use.lineText(), hint));
    }
}
