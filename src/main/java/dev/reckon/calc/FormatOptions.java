package dev.reckon.calc;

import java.util.List;

/**
 * How a number is printed. {@code dp} (fixed decimals) wins over {@code sig} (significant digits).
 *
 * @param dp -1 when not set
 */
public record FormatOptions(int sig, int dp, boolean sci, boolean symbolic) {
    public static final FormatOptions DEFAULT = new FormatOptions(3, -1, false, false);
    static final List<String> VALID = List.of("sig N", "dp N", "sci", "symbolic");
    private static final int MAX_DIGITS = 15;

    public static FormatOptions sig(int n) {
        return new FormatOptions(n, -1, false, false);
    }

    boolean fixedDecimals() {
        return dp >= 0;
    }

    /** Parses {@code sig 2, sci} from {@code [start, end)} of a spec; separators are commas or spaces. */
    static FormatOptions parse(Source source, int start, int end) {
        String text = source.text();
        int sig = 3;
        int dp = -1;
        boolean sci = false;
        boolean symbolic = false;
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
        return new FormatOptions(sig, dp, sci, symbolic);
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
