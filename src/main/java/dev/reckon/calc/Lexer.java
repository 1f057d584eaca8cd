package dev.reckon.calc;

import dev.reckon.calc.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a snippet into tokens. Accepts the typographic operators authors paste from prose
 * (× ÷ − → ≈ ≤ ≥) so a formula copied from a paper still parses. {@code #} starts a comment.
 */
final class Lexer {
    static final int MAX_LENGTH = 10_000;

    private final Source source;
    private final String s;
    private int i;

    private Lexer(Source source, int start, int end) {
        this.source = source;
        this.s = source.text().substring(0, end);
        this.i = start;
    }

    /** Tokenizes {@code [start, end)} of the source; positions stay relative to the whole source. */
    static List<Token> tokenize(Source source, int start, int end) {
        if (end - start > MAX_LENGTH) {
            throw source.at(start, start + 1).error("expression is too long (" + (end - start) + " characters)",
                    "split it into named steps of at most " + MAX_LENGTH + " characters");
        }
        return new Lexer(source, start, end).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) == '#') {
                out.add(new Token(Kind.EOF, "", source.at(Math.min(i, s.length()), Math.min(i, s.length()) + 1), 0));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = i;
        char c = s.charAt(i);
        if (isAsciiDigit(c) || (c == '.' && i + 1 < s.length() && isAsciiDigit(s.charAt(i + 1)))) {
            return number();
        }
        if (isIdentStart(c)) {
            i++;
            while (i < s.length()) {
                char d = s.charAt(i);
                if (isIdentPart(d)) {
                    i++;
                } else if (d == '.' && i + 1 < s.length() && isIdentPart(s.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            return token(Kind.IDENT, start);
        }
        if (c == '$' || c == '%') {
            i++;
            return token(Kind.IDENT, start);
        }
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        Kind twoKind = switch (two) {
            case "->" -> Kind.ARROW;
            case "**" -> Kind.CARET;
            case "==" -> Kind.EQ;
            case "<=" -> Kind.LE;
            case ">=" -> Kind.GE;
            case "~=" -> Kind.APPROX;
            case ".." -> Kind.RANGE;
            default -> null;
        };
        if (twoKind != null) {
            i += 2;
            return token(twoKind, start);
        }
        Kind one = switch (c) {
            case '+' -> Kind.PLUS;
            case '-', '−' -> Kind.MINUS;
            case '*', '×', '·', '⋅' -> Kind.STAR;
            case '/', '÷' -> Kind.SLASH;
            case '^' -> Kind.CARET;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            case '→' -> Kind.ARROW;
            case '=' -> Kind.ASSIGN;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            case '≤' -> Kind.LE;
            case '≥' -> Kind.GE;
            case '≈' -> Kind.APPROX;
            default -> null;
        };
        if (one == null) {
            throw source.at(start, start + 1).error("unexpected character '" + c + "'",
                    "expressions use numbers, names, units and + - * / ^ ( ) ->");
        }
        i++;
        return token(one, start);
    }

    private Token number() {
        int start = i;
        digits();
        if (i < s.length() && s.charAt(i) == '.' && i + 1 < s.length() && isAsciiDigit(s.charAt(i + 1))) {
            i++;
            digits();
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < s.length() && isAsciiDigit(s.charAt(j))) {
                i = j;
                digits();
            }
        }
        double scale = 1;
        int numberEnd = i;
        int suffixEnd = identEnd(i);
        String suffix = s.substring(i, suffixEnd);
        if (SUFFIXES.containsKey(suffix)) {
            scale = SUFFIXES.get(suffix);
            i = suffixEnd;
        } else {
            int wordStart = i;
            while (wordStart < s.length() && s.charAt(wordStart) == ' ') {
                wordStart++;
            }
            int wordEnd = identEnd(wordStart);
            String word = s.substring(wordStart, wordEnd);
            if (wordStart > i && SCALE_WORDS.containsKey(word)) {
                scale = SCALE_WORDS.get(word);
                i = wordEnd;
            }
        }
        String text = s.substring(start, i);
        double value = Double.parseDouble(s.substring(start, numberEnd).replace("_", "")) * scale;
        if (Double.isInfinite(value)) {
            throw source.at(start, i).error("number is too large", "numbers must be below about 1.8 × 10³⁰⁸");
        }
        return new Token(Kind.NUMBER, text, source.at(start, i), value);
    }

    /**
     * A scale written right after a number: {@code 128k} is 128,000 and {@code 128Ki} 131,072, like the
     * prefixes of units ({@code B} is not one: {@code 405B} is bytes).
     */
    static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "M", 1e6, "G", 1e9, "T", 1e12,
            "Ki", 1024.0, "Mi", 1024.0 * 1024, "Gi", 1024.0 * 1024 * 1024);

    /** A scale word after a number and a space: {@code 405 billion param}. */
    static final Map<String, Double> SCALE_WORDS = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

    private int identEnd(int from) {
        int j = from;
        if (j < s.length() && isIdentStart(s.charAt(j))) {
            j++;
            while (j < s.length() && isIdentPart(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /** Underscores group digits ({@code 1_000}) but only between digits, so {@code 1_} stays an error. */
    private void digits() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                i++;
            } else if (c == '_' && i + 1 < s.length() && isAsciiDigit(s.charAt(i + 1)) && i > 0
                    && isAsciiDigit(s.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
    }

    private Token token(Kind kind, int start) {
        return new Token(kind, s.substring(start, i), source.at(start, i), 0);
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Numbers are ASCII: Character.isDigit also accepts other scripts' digits (e.g. Oriya ୮),
     * which Double.parseDouble then rejects with an exception instead of a positioned error.
     */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
