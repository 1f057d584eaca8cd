package dev.reckon.markdown;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML in the canonical form the CommonMark spec tests compare (their {@code normalize.py}): white
 * space collapsed outside {@code pre} and dropped beside block tags, attributes sorted, entities
 * resolved and only {@code & < > "} escaped. Two renderers' output that a browser shows alike
 * compare equal; a different escape, URL or tag does not.
 */
final class HtmlNormaliser {
    private static final Set<String> BLOCK = Set.of("article", "header", "aside", "hgroup", "blockquote", "hr",
            "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p",
            "colgroup", "pre", "dd", "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed",
            "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "col", "embed", "source", "area",
            "base", "link", "meta", "param", "track", "wbr");

    private HtmlNormaliser() {
    }

    static String normalise(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder out = new StringBuilder();
        write(doc.body().childNodes(), out, false);
        return out.toString().strip();
    }

    private static void write(List<Node> nodes, StringBuilder out, boolean pre) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                if (!pre) {
                    s = s.replaceAll("\\s+", " ");
                    if (i == 0 || isBlock(nodes.get(i - 1))) {
                        s = s.stripLeading();
                    }
                    if (i == nodes.size() - 1 || isBlock(nodes.get(i + 1))) {
                        s = s.stripTrailing();
                    }
                }
                out.append(escape(s, false));
            } else if (node instanceof DataNode data) {
                out.append(data.getWholeData());
            } else if (node instanceof Comment comment) {
                out.append("<!--").append(comment.getData()).append("-->");
            } else if (node instanceof Element element) {
                writeElement(element, out, pre);
            }
        }
    }

    private static void writeElement(Element element, StringBuilder out, boolean pre) {
        String tag = element.normalName();
        out.append('<').append(tag);
        element.attributes().asList().stream()
                .sorted(Comparator.comparing(Attribute::getKey))
                .forEach(a -> {
                    out.append(' ').append(a.getKey());
                    if (!a.getValue().isEmpty() || !Attribute.isBooleanAttribute(a.getKey())) {
                        out.append("=\"").append(escape(a.getValue(), true)).append('"');
                    }
                });
        out.append('>');
        if (VOID.contains(tag)) {
            return;
        }
        write(element.childNodes(), out, pre || tag.equals("pre"));
        out.append("</").append(tag).append('>');
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCK.contains(e.normalName());
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
