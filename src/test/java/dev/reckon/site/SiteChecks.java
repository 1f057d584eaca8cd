package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reckon.js.SharedJs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks on a built site that hold for any site: links resolve, XML is well formed, JSON parses. */
final class SiteChecks {
    private SiteChecks() {
    }

    static List<Path> htmlPages(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as a browser sees it, at its own URL under the site's base URL. */
    static Document parse(Path out, Path page, String baseUrl) {
        String relative = out.relativize(page).toString().replace('\\', '/');
        try {
            return Jsoup.parse(page.toFile(), "UTF-8", baseUrl + relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every link, stylesheet, image and social-image URL that points into the site (relative,
     * site-absolute, or absolute under the base URL) names a file that was built.
     */
    static void assertInternalLinksResolve(Path out, String baseUrl) {
        for (Path page : htmlPages(out)) {
            Document doc = parse(out, page, baseUrl);
            for (Element element : doc.select("a[href], link[href], img[src], meta[property=og:image], "
                    + "meta[name=twitter:image], meta[property=og:url]")) {
                String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "content";
                String url = element.absUrl(attribute).replaceFirst("#.*", "");
                if (!url.startsWith(baseUrl.replaceFirst("/$", ""))) {
                    continue;
                }
                assertTrue(url.startsWith(baseUrl), page + ": " + element + " leaves the base path " + baseUrl);
                Path file = out.resolve(URI.create(url).getPath().substring(URI.create(baseUrl).getPath().length()));
                assertTrue(Files.isRegularFile(Files.isDirectory(file) ? file.resolve("index.html") : file),
                        page + " links to missing " + url + " (" + element + ")");
            }
        }
    }

    /** Strict XML 1.0 well-formedness (jsoup's XML parser would forgive errors a feed reader does not). */
    static org.w3c.dom.Document parseXml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Parses JSON with JavaScript's own JSON.parse, in the engine the tests already share. */
    static Value parseJson(Context context, String json) {
        try {
            return context.eval("js", "JSON.parse").execute(json);
        } catch (PolyglotException e) {
            return fail("not JSON: " + e.getMessage() + "\n" + json);
        }
    }

    static Context javaScript() {
        return SharedJs.get().newContext();
    }

    static void assertNoSiteRelativeUrls(String html, String where) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element element : doc.select("a[href], img[src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertTrue(url.matches("^(https?:|mailto:).*"), where + " has a non-absolute URL: " + element);
        }
    }
}
