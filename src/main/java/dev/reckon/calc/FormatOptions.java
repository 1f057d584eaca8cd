package dev.reckon.calc;

import java.util.List;

/**
 * How a number is printed. {@code dp} (fixed decimals) wins over {@code sig} (significant digits).
 *
 * @param sig      at most this many significant digits
 * @param padded   exactly {@code sig} digits, zeros included ({@code | sig 3} prints 1.60): the author asked for
 *                 fixed precision; otherwise zeros that carry no information are left out (1.6)
 * @param dp       fixed decimals, -1 when not set
 * @param exact    every digit of the value, never rounded or scientific
 * @param words    scale words from a million up: {@code 4.2 million}
 */
public record FormatOptions(int sig, boolean padded, int dp, boolean sci, boolean symbolic, boolean exact, boolean words) {
    public static final FormatOptions DEFAULT = new FormatOptions(3, false, -1, false, false, false, false);
    static final List<String> VALID = List.of("sig N", "dp N", "sci", "exact", "words", "symbolic");
    private static final int MAX_DIGITS = 15;

    /** Exactly {@code n} significant digits, as {@code | sig n}. */
    public static FormatOptions sig(int n) {
        return new FormatOptions(n, true, -1, false, false, false, false);
    }

    /** At most {@code n} significant digits, without zeros that carry no information. */
    public static FormatOptions upTo(int n) {
        return new FormatOptions(n, false, -1, false, false, false, false);
    }

    /** These digits with the author's choice of notation ({@code sci}, {@code words}) from {@code o}. */
    FormatOptions withScaleOf(FormatOptions o) {
        return new FormatOptions(sig, padded, dp, o.sci, symbolic, exact, o.words);
    }

    FormatOptions withSig(int n) {
        return new FormatOptions(n, padded, dp, sci, symbolic, exact, words);
    }

    /** Whether the author fixed the precision ({@code sig}, {@code dp} or {@code exact}). */
    boolean authorPrecision() {
        return padded || dp >= 0 || exact;
    }

    boolean fixedDecimals() {
        return dp >= 0;
    }

    /** Parses {@code sig 2, sci} from {@code [start, end)} of a spec; separators are commas or spaces. */
    static FormatOptions parse(Source source, int start, int end) {
        String text = source.text();
        int sig = 3;
        boolean padded = false;
        int dp = -1;
        boolean sci = false;
        boolean symbolic = false;
        boolean exact = false;
        boolean words = false;
        int i = start;
        while (true) {
            i = skipSeparators(text, i, end);
            if (i >= end) {
                break;
            }
            int wordEnd = wordEnd(text, i, end);
            String word = text.substring(i, wordEnd);
            Pos pos = source.at(i, wordEnd);
            switch (word) {
                case "sci" -> sci = true;
                case "symbolic" -> symbolic = true;
                case "exact" -> exact = true;
                case "words" -> words = true;
                case "sig", "dp" -> {
                    int numStart = skipSeparators(text, wordEnd, end);
                    int numEnd = wordEnd(text, numStart, end);
                    String digits = text.substring(numStart, numEnd);
                    int n = parseCount(digits);
                    if (n < 0 || (word.equals("sig") && n == 0) || n > MAX_DIGITS) {
                        Pos at = numStart < end ? source.at(numStart, numEnd) : pos;
                        throw at.error("'" + word + "' needs a whole number" + (word.equals("sig") ? " from 1" : " from 0")
                                + " to " + MAX_DIGITS, "write e.g. `| " + word + " 2`");
                    }
                    if (word.equals("sig")) {
                        sig = n;
                        padded = true;
                    } else {
                        dp = n;
                    }
                    wordEnd = numEnd;
                }
                default -> throw pos.error("unknown option '" + word + "'",
                        "valid options are: " + String.join(", ", VALID));
            }
            i = wordEnd;
        }
        return new FormatOptions(sig, padded, dp, sci, symbolic, exact, words);
    }

    private static int parseCount(String digits) {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static int skipSeparators(String text, int i, int end) {
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i, int end) {
        while (i < end && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') {
            i++;
        }
        return i;
    }
}
