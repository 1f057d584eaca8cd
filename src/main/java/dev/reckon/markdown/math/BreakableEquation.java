package dev.reckon.markdown.math;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a derived equation may break across lines, so a narrow column never hides its result.
 * A derived equation is typeset by KaTeX in inline mode (in display style), where a line may break
 * after a top-level relation or binary operator; this marks the engine's TeX so that:
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

    private static String relationAt(String tex, int i) {
        for (String relation : RELATIONS) {
            if (tex.startsWith(relation, i)) {
                return relation;
            }
        }
        return null;
    }
}
