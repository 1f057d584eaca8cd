package dev.reckon.math;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Which of KaTeX's font files a rendered formula draws with, so a page can preload exactly those
 * ({@code <link rel=preload as=font>}): a preloaded font the page never uses is wasted bandwidth,
 * and browsers warn about it.
 *
 * <p>Computed from KaTeX's own stylesheet, the one the site publishes, not from a table that could
 * fall behind a KaTeX upgrade: the rules that set a font family, weight or style, and the
 * {@code @font-face} rules that map those to woff2 files. A formula's HTML is then styled the way a
 * browser would (each element inherits its parent's font, and the matching rules apply in source
 * order), and every element that holds text names a face. Its MathML half is left out: it is
 * clipped from view and drawn with no KaTeX font.
 */
public final class KatexFonts {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(font-family|font-weight|font-style|font|src)\\s*:\\s*([^;]+)");
    private static final Pattern WOFF2 = Pattern.compile("url\\((fonts/[^)]+\\.woff2)\\)");
    private static final KatexFonts PUBLISHED = new KatexFonts(KatexAssets.stylesheet());

    /** How text is drawn: a family, bold or not, italic or not. */
    private record Font(String family, boolean bold, boolean italic) {
    }

    /** A rule that sets any of family, weight and style (null: leaves it as inherited); {@code order}: its place in the stylesheet. */
    private record Rule(int order, Evaluator selector, String family, Boolean bold, Boolean italic) {
        Font apply(Font font) {
            return new Font(family != null ? family : font.family(), bold != null ? bold : font.bold(),
                    italic != null ? italic : font.italic());
        }
    }

    private final Map<Font, String> faces = new HashMap<>();
    /** Rules by a class the element must have (the last class of the rule's selector), in source order. */
    private final Map<String, List<Rule>> rulesByClass = new HashMap<>();
    private int rules;

    KatexFonts(String css) {
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String selectors = rule.group(1).strip();
            Map<String, String> declarations = new HashMap<>();
            Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                declarations.put(d.group(1), d.group(2).strip());
            }
            if (selectors.equals("@font-face")) {
                addFace(declarations);
            } else {
                addRule(selectors, declarations);
            }
        }
    }

    /** The woff2 files (relative to KaTeX's folder, e.g. {@code fonts/KaTeX_Main-Regular.woff2}) the formula uses, sorted. */
    public static SortedSet<String> used(String formulaHtml) {
        return PUBLISHED.usedBy(formulaHtml);
    }

    SortedSet<String> usedBy(String formulaHtml) {
        SortedSet<String> files = new TreeSet<>();
        for (Element katex : Jsoup.parseBodyFragment(formulaHtml).select(".katex")) {
            Font font = styled(katex, new Font(null, false, false));
            for (Element html : katex.children()) {
                if (html.hasClass("katex-html")) {
                    collect(html, styled(html, font), files);
                }
            }
        }
        return files;
    }

    private void collect(Element element, Font font, Set<String> files) {
        for (TextNode text : element.textNodes()) {
            // Any glyph counts, KaTeX's zero-width spaces too: drawing one loads the face.
            if (!text.getWholeText().isBlank()) {
                String file = face(font);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        for (Element child : element.children()) {
            collect(child, styled(child, font), files);
        }
    }

    /** The font of {@code element}, given its parent's: the rules matching it, in source order. */
    private Font styled(Element element, Font inherited) {
        List<Rule> matching = new ArrayList<>();
        for (String name : element.classNames()) {
            for (Rule rule : rulesByClass.getOrDefault(name, List.of())) {
                if (!matching.contains(rule) && element.is(rule.selector())) {
                    matching.add(rule);
                }
            }
        }
        matching.sort(Comparator.comparingInt(Rule::order));
        Font font = inherited;
        for (Rule rule : matching) {
            font = rule.apply(font);
        }
        return font;
    }

    /** The face a browser picks for the font: the exact one, else the family's face of the same style, else any of the family's. */
    private String face(Font font) {
        if (font.family() == null) {
            return null;
        }
        String exact = faces.get(font);
        if (exact != null) {
            return exact;
        }
        String sameStyle = faces.get(new Font(font.family(), !font.bold(), font.italic()));
        if (sameStyle != null) {
            return sameStyle;
        }
        return faces.entrySet().stream().filter(e -> e.getKey().family().equals(font.family()))
                .map(Map.Entry::getValue).sorted().findFirst().orElse(null);
    }

    private void addFace(Map<String, String> declarations) {
        Matcher src = WOFF2.matcher(declarations.getOrDefault("src", ""));
        String family = family(declarations.get("font-family"));
        if (src.find() && family != null) {
            faces.put(new Font(family, isBold(declarations.get("font-weight")), isItalic(declarations.get("font-style"))),
                    src.group(1));
        }
    }

    private void addRule(String selectors, Map<String, String> declarations) {
        String family = family(declarations.get("font-family"));
        Boolean bold = declarations.containsKey("font-weight") ? isBold(declarations.get("font-weight")) : null;
        Boolean italic = declarations.containsKey("font-style") ? isItalic(declarations.get("font-style")) : null;
        String shorthand = declarations.get("font");
        if (shorthand != null) {
            // "normal 1.21em KaTeX_Main,Times New Roman,serif": the shorthand resets weight and style too.
            family = family(shorthand.replaceFirst("^.*?\\d[\\d.]*[a-z%]*\\s+", ""));
            bold = shorthand.matches("(^|.*\\s)(bold|[6-9]00)\\s.*");
            italic = shorthand.matches("(^|.*\\s)italic\\s.*");
        }
        if (family == null && bold == null && italic == null) {
            return;
        }
        for (String selector : selectors.split(",")) {
            String[] compounds = selector.strip().split("[\\s>+~]+");
            String[] classes = compounds[compounds.length - 1].split("\\.");
            if (classes.length < 2 || selector.contains(":")) {
                continue; // only rules whose subject is a class (no pseudo-classes) style KaTeX's spans
            }
            Rule rule = new Rule(rules++, QueryParser.parse(selector.strip()), family, bold, italic);
            rulesByClass.computeIfAbsent(classes[classes.length - 1], k -> new ArrayList<>()).add(rule);
        }
    }

    private static String family(String value) {
        if (value == null) {
            return null;
        }
        String first = value.split(",")[0].strip().replace("\"", "").replace("'", "");
        return first.startsWith("KaTeX_") ? first : null;
    }

    private static boolean isBold(String weight) {
        return weight != null && (weight.equals("bold") || weight.matches("[6-9]00"));
    }

    private static boolean isItalic(String style) {
        return style != null && (style.equals("italic") || style.equals("oblique"));
    }
}
