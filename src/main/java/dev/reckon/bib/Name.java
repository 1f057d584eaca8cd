package dev.reckon.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One author as BibTeX writes names: {@code Family, Given}, {@code Given Family},
 * {@code Given von Family}, or {@code {An Organisation}} kept whole (then {@code given} is empty).
 */
public record Name(String family, String given) {

    /** "Kaplan, J." as a reference list names authors; an organisation by its name. */
    public String inverted() {
        return given.isEmpty() ? family : family + ", " + initials();
    }

    /** "J. D." for "Jared David", "J.-P." for "Jean-Pierre". */
    String initials() {
        StringBuilder out = new StringBuilder();
        for (String part : given.split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String[] hyphenated = part.split("-");
            for (int i = 0; i < hyphenated.length; i++) {
                if (!hyphenated[i].isEmpty()) {
                    out.append(i > 0 ? "-" : "").append(hyphenated[i].codePoints().limit(1)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
                }
            }
        }
        return out.toString();
    }

    /**
     * The names of an {@code author} field, split at the {@code and}s outside braces; "others" (BibTeX's
     * "et al.") ends the list. {@code plain} turns each part's LaTeX into text.
     */
    static List<Name> parseAll(String field, UnaryOperator<String> plain) {
        List<Name> names = new ArrayList<>();
        for (String raw : splitTopLevel(field.strip(), "\\s+and\\s+")) {
            String name = raw.strip();
            if (name.isEmpty() || name.equals("others")) {
                continue;
            }
            names.add(parse(name, plain));
        }
        return names;
    }

    private static Name parse(String name, UnaryOperator<String> plain) {
        if (name.startsWith("{") && name.endsWith("}") && matchingBrace(name) == name.length() - 1) {
            return new Name(plain.apply(name.substring(1, name.length() - 1)), "");
        }
        List<String> commaParts = splitTopLevel(name, ",");
        if (commaParts.size() >= 2) {
            return new Name(plain.apply(commaParts.get(0).strip()), plain.apply(commaParts.get(commaParts.size() - 1).strip()));
        }
        List<String> words = splitTopLevel(name, "\\s+");
        int family = words.size() - 1;
        // "Ludwig van Beethoven": a lowercase particle before the last word belongs to the family name.
        while (family > 1 && !words.get(family - 1).isEmpty() && Character.isLowerCase(words.get(family - 1).charAt(0))) {
            family--;
        }
        return new Name(plain.apply(String.join(" ", words.subList(family, words.size()))),
                plain.apply(String.join(" ", words.subList(0, family))));
    }

    /** Splits at matches of {@code separator} that are not inside braces. */
    private static List<String> splitTopLevel(String text, String separator) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile(separator).matcher(text);
        int from = 0;
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            if (depthAt(text, m.start()) == 0) {
                parts.add(text.substring(from, m.start()));
                from = m.end();
            }
            searchFrom = Math.max(m.end(), m.start() + 1);
            if (searchFrom > text.length()) {
                break;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static int depthAt(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return depth;
    }

    private static int matchingBrace(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
