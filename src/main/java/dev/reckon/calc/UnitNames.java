package dev.reckon.calc;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule that names a unit next to a number, for prose, tables, listings, equations and charts alike.
 * Symbols (B, TB, s, h, min, FLOP, W, USD) never change. Words agree with the number: the first word of the
 * numerator is plural unless the number is 1 ({@code 1 day}, {@code 67.7 days}, {@code 34.3 tokens/s}), words
 * after a slash are singular ({@code B/param}), and a device times a time is a compound noun
 * ({@code GPU·h} is {@code GPU-hours}, {@code USD/(GPU·h)} is {@code USD/GPU-hour}).
 */
final class UnitNames {
    private static final Map<String, String> PLURAL = new HashMap<>();
    private static final Map<String, String> SINGULAR = new HashMap<>();
    private static final Map<String, String> TIME_WORD = new HashMap<>();
    private static final Pattern DEVICE_TIME = Pattern.compile("(\\()?(GPUs?|chips?)·([A-Za-zµ]+)(\\))?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

    static {
        for (String word : new String[] {"day", "week", "year", "hour", "minute", "second", "token", "param", "parameter",
            "GPU", "chip", "byte", "bit"}) {
            PLURAL.put(word, word + "s");
            SINGULAR.put(word + "s", word);
        }
        for (String abbreviation : new String[] {"min", "hr", "sec", "yr"}) {
            SINGULAR.put(abbreviation + "s", abbreviation);
        }
        String[][] times = {{"s", "second"}, {"sec", "second"}, {"second", "second"}, {"min", "minute"}, {"minute", "minute"},
            {"h", "hour"}, {"hr", "hour"}, {"hour", "hour"}, {"day", "day"}, {"week", "week"}, {"year", "year"}, {"yr", "year"}};
        for (String[] t : times) {
            TIME_WORD.put(t[0], t[1]);
            TIME_WORD.put(t[0] + "s", t[1]);
        }
    }

    private UnitNames() {
    }

    /** {@code unit} as shown after a number that is 1 ({@code plural} false) or anything else. */
    static String name(String unit, boolean plural) {
        String named = compounds(unit);
        int slash = named.indexOf('/');
        String numerator = slash < 0 ? named : named.substring(0, slash);
        String denominator = slash < 0 ? "" : named.substring(slash);
        return agree(numerator, plural) + singular(denominator);
    }

    /** {@code GPU·h} becomes {@code GPU-hour}: a GPU-hour is one thing, as in papers and price lists. */
    private static String compounds(String unit) {
        Matcher m = DEVICE_TIME.matcher(unit);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String time = TIME_WORD.get(m.group(3));
            String device = SINGULAR.getOrDefault(m.group(2), m.group(2));
            boolean alone = m.group(1) != null && m.group(4) != null;
            String replacement = time == null ? m.group()
                    : (alone ? "" : nullToEmpty(m.group(1))) + device + "-" + time + (alone ? "" : nullToEmpty(m.group(4)));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The numerator's first word, if it is a word, takes the number's agreement. */
    private static String agree(String numerator, boolean plural) {
        Matcher m = WORD.matcher(numerator);
        if (!m.lookingAt()) {
            return numerator;
        }
        String word = m.group();
        String base = word.contains("-") ? word.substring(word.lastIndexOf('-') + 1) : word;
        String head = word.substring(0, word.length() - base.length());
        String one = SINGULAR.getOrDefault(base, base);
        String shown = plural ? PLURAL.getOrDefault(one, base) : one;
        return head + shown + numerator.substring(word.length());
    }

    private static String singular(String denominator) {
        Matcher m = WORD.matcher(denominator);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String base = word.contains("-") ? word.substring(word.lastIndexOf('-') + 1) : word;
            String head = word.substring(0, word.length() - base.length());
            m.appendReplacement(out, Matcher.quoteReplacement(head + SINGULAR.getOrDefault(base, base)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
