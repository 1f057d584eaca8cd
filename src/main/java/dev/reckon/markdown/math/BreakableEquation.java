package dev.reckon.markdown.math;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * How a derived equation may break across lines, so a narrow column never hides its result.
 * A derived equation is typeset by KaTeX in inline mode (in display style), where a line may break
 * after a top-level relation or binary operator; {@link #of} marks the engine's TeX so that:
 * <ul>
 * <li>a line breaks <em>before</em> each top-level relation ({@code =}, {@code \approx}) and never
 *     right after it, so the sides stack with the relation leading each line (expression, then
 *     {@code = exact}, then {@code ≈ rounded});</li>
 * <li>a number in scientific form ({@code 1.62 \times 10^{12}}) is one group, so its {@code ×} is
 *     never a break: only the {@code ×} between factors is.</li>
 * </ul>
 * The engine writes relations as {@code " = "} and {@code " \approx "} between the sides and numbers
 * as {@code m \times 10^{e}} ({@code calc.Equations}, {@code calc.Numbers}); anything else passes
 * through unchanged, so at worst a formula keeps KaTeX's own break rules.
 *
 * <p>Breaks between the sides come first: {@link #sides} groups KaTeX's pieces into one box per side
 * (a new side at each {@code =}), so a line breaks inside a side (after a ×, before a ≈) only when
 * that side alone is wider than the column.
 */
final class BreakableEquation {
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![\\w.])(-?[0-9][0-9.]*(?:\\{,\\}[0-9]{3})*(?:\\.[0-9]+)? \\\\times 10\\^\\{-?[0-9]+\\})");
    private static final String[] RELATIONS = {" = ", " \\approx "};

    private BreakableEquation() {
    }

    static String of(String tex) {
        return relationsLead(SCIENTIFIC.matcher(tex).replaceAll(match -> Matcher.quoteReplacement("{" + match.group(1) + "}")));
    }

    /** A break opportunity before each relation outside braces, and none right after it. */
    private static String relationsLead(String tex) {
        StringBuilder out = new StringBuilder(tex.length() + 64);
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < tex.length() && (tex.charAt(i + 1) == '{' || tex.charAt(i + 1) == '}')) {
                out.append(c).append(tex.charAt(++i));
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            String relation = depth == 0 ? relationAt(tex, i) : null;
            if (relation != null) {
                out.append(" \\allowbreak ").append(relation.strip()).append(" \\nobreak ");
                i += relation.length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The rendered formula with the pieces of each side of its {@code =} signs in a
     * {@code <span class="calc-side">}, which the theme sets as an inline block: the expression, the
     * substituted values and the result each take a line of their own before any of them breaks.
     */
    static String sides(String formulaHtml) {
        Element body = Jsoup.parseBodyFragment(formulaHtml).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        Element html = body.selectFirst(".katex > .katex-html");
        if (html == null) {
            return formulaHtml;
        }
        Element side = null;
        for (Element piece : new ArrayList<>(html.children())) {
            if (side == null || startsWithEquals(piece)) {
                side = new Element("span").addClass("calc-side");
                piece.before(side);
            }
            side.appendChild(piece);
        }
        return body.html();
    }

    /** A piece of KaTeX's line (a {@code .base}) that begins, after its strut, with the relation {@code =}. */
    private static boolean startsWithEquals(Element piece) {
        Element first = piece.children().stream().filter(e -> !e.hasClass("strut")).findFirst().orElse(null);
        return first != null && first.hasClass("mrel") && first.text().equals("=");
    }

    private static String relationAt(String tex, int i) {
        for (String relation : RELATIONS) {
            if (tex.startsWith(relation, i)) {
                return relation;
            }
        }
        return null;
    }
}
