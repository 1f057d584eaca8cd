package dev.reckon.calc;

/** Splits {@code expr [-> unit] [| options]} specs; '|' has no other meaning in the expression language. */
final class Specs {
    private Specs() {
    }

    record Parsed(Expr expr, FormatOptions options, Source source) {
    }

    static Parsed parse(String spec, Origin origin) {
        Source source = new Source(spec, origin);
        int bar = optionBar(spec);
        int end = commentStart(spec);
        Expr e = Parser.expression(source, 0, bar);
        FormatOptions o = bar < end ? FormatOptions.parse(source, bar + 1, end) : FormatOptions.DEFAULT;
        return new Parsed(e, o, source);
    }

    /** Index of the options bar, or the end of the text (ignoring a trailing # comment). */
    static int optionBar(String text) {
        int end = commentStart(text);
        int bar = text.indexOf('|');
        return bar >= 0 && bar < end ? bar : end;
    }

    static int commentStart(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? text.length() : hash;
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
