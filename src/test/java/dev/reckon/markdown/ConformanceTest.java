package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Reckon's Markdown measured against the CommonMark 0.31.2 spec examples and the GFM 0.29 extension
 * examples (tables, task lists, strikethrough, autolinks, the tag filter), read from the spec files
 * themselves in {@code src/test/resources/conformance} (CC-BY-SA 4.0, see the README there).
 *
 * <p>Every example must render as the spec says, after the spec tests' own normalisation and with
 * heading anchors removed (Reckon gives every heading an id and a {@code #} link on purpose), unless
 * {@code deviations.txt} lists it with its reason. A listed example that now passes fails too, so the
 * list never hides a regression behind a stale entry. Set {@code -Dreckon.conformance.report=true} to
 * print every failing example with what it rendered.
 */
class ConformanceTest {
    private static final Path DIR = Path.of("src/test/resources/conformance");
    private static final MarkdownRenderer MARKDOWN =
            new MarkdownRenderer(new MutableDataSet().set(MathExtension.RENDERER, SharedKatex.get()));
    private static final boolean REPORT = Boolean.getBoolean("reckon.conformance.report");

    @Test
    void commonMarkExamplesPassOrAreListedDeviations() throws IOException {
        check("commonmark", SpecExamples.read(DIR.resolve("commonmark-0.31.2-spec.txt")).examples());
    }

    @Test
    void gfmExtensionExamplesPassOrAreListedDeviations() throws IOException {
        List<SpecExamples.Example> extensions = SpecExamples.read(DIR.resolve("gfm-0.29-spec.txt")).examples().stream()
                .filter(e -> e.section().endsWith("(extension)")) // task lists are "disabled" only in cmark-gfm's own runner
                .toList();
        assertEquals(24, extensions.size(), "GFM 0.29 has 24 extension examples");
        check("gfm", extensions);
    }

    private static void check(String spec, List<SpecExamples.Example> examples) throws IOException {
        Map<Integer, String> deviations = deviations(spec);
        List<String> regressions = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int passed = 0;
        for (SpecExamples.Example example : examples) {
            String expected = HtmlNormaliser.normalise(example.html());
            String html = render(example.markdown());
            String actual = HtmlNormaliser.normalise(withoutHeadingAnchors(html));
            boolean passes = expected.equals(actual);
            passed += passes ? 1 : 0;
            String name = spec + " " + example.number() + " (" + example.section() + ", spec line " + example.line() + ")";
            if (!passes && !deviations.containsKey(example.number())) {
                regressions.add(name + "\n  markdown: " + show(example.markdown()) + "\n  expected: " + expected
                        + "\n  rendered: " + actual);
            } else if (passes && deviations.containsKey(example.number())) {
                stale.add(name + " passes now: remove it from deviations.txt");
            }
            if (REPORT && !passes) {
                System.out.println(name + " [" + deviations.getOrDefault(example.number(), "NOT LISTED") + "]\n  markdown: "
                        + show(example.markdown()) + "\n  expected: " + expected + "\n  rendered: " + actual);
            }
        }
        System.out.println(spec + ": " + passed + " of " + examples.size() + " examples pass, "
                + deviations.size() + " listed as intended deviations");
        if (!regressions.isEmpty() || !stale.isEmpty()) {
            fail(regressions.size() + " unlisted failures, " + stale.size() + " stale deviations:\n"
                    + String.join("\n", regressions) + "\n" + String.join("\n", stale));
        }
    }

    private static String render(String markdown) {
        String[] lines = markdown.split("\n", -1);
        RenderedMarkdown out = MARKDOWN.render("example.md", markdown, 1, lines);
        return out.html();
    }

    /** Reckon's heading ids and {@code #} links, which the spec does not have, taken out before comparing. */
    private static String withoutHeadingAnchors(String html) {
        if (!html.contains("class=\"anchor\"")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("h1, h2, h3, h4, h5, h6").forEach(h -> {
            h.removeAttr("id");
            h.select("> a.anchor").remove();
        });
        return doc.body().html();
    }

    private static String show(String markdown) {
        return markdown.replace("\t", "→").replace("\n", "⏎");
    }

    /** deviations.txt: "reason KEY: text" lines, then "SPEC NUMBER KEY" lines; '#' starts a comment. */
    private static Map<Integer, String> deviations(String spec) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<Integer, String> listed = new TreeMap<>();
        for (String raw : Files.readAllLines(DIR.resolve("deviations.txt"), StandardCharsets.UTF_8)) {
            String line = raw.replaceFirst("\\s*#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("reason ")) {
                int colon = line.indexOf(':');
                reasons.put(line.substring("reason ".length(), colon).strip(), line.substring(colon + 1).strip());
                continue;
            }
            String[] parts = line.split("\\s+");
            assertEquals(3, parts.length, "deviations.txt: '" + raw + "' is not 'SPEC NUMBER REASON'");
            assertTrue(reasons.containsKey(parts[2]), "deviations.txt: reason '" + parts[2] + "' is not defined above its use");
            if (parts[0].equals(spec)) {
                assertTrue(listed.put(Integer.parseInt(parts[1]), parts[2]) == null, "deviations.txt lists " + line + " twice");
            }
        }
        return listed;
    }
}
