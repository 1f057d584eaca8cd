package dev.reckon.output;

import dev.reckon.markdown.page.PageFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page's figures as lines of tab-separated fields, the way the page cache stores them beside the
 * page's HTML: a count, then one line per published number, a count, then one line per data figure.
 * Tabs, newlines and backslashes inside a field are escaped.
 */
final class FigureLines {
    private FigureLines() {
    }

    static void write(PageFigures figures, StringBuilder out) {
        out.append(figures.published().size()).append('\n');
        for (PageFigures.Published p : figures.published()) {
            line(out, p.file(), String.valueOf(p.line()), String.valueOf(p.column()), p.kind(), p.expression(), p.value(),
                    String.join(" ", p.uses()));
        }
        out.append(figures.data().size()).append('\n');
        for (PageFigures.DataFigure d : figures.data()) {
            line(out, d.name(), d.label(), d.value(), d.source(), d.confirmed(), String.valueOf(d.estimate()),
                    d.asOf() == null ? "" : d.asOf());
        }
    }

    /** Reads what {@link #write} wrote from {@code text} at {@code at}; returns the figures and the offset after them. */
    static Read read(String text, int at) {
        Cursor c = new Cursor(text, at);
        int published = Integer.parseInt(c.next());
        List<PageFigures.Published> out = new ArrayList<>(published);
        for (int i = 0; i < published; i++) {
            String[] f = fields(c.next(), 7);
            out.add(new PageFigures.Published(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5],
                    f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(" "))));
        }
        int data = Integer.parseInt(c.next());
        List<PageFigures.DataFigure> used = new ArrayList<>(data);
        for (int i = 0; i < data; i++) {
            String[] f = fields(c.next(), 7);
            used.add(new PageFigures.DataFigure(f[0], f[1], f[2], f[3], f[4], Boolean.parseBoolean(f[5]),
                    f[6].isEmpty() ? null : f[6]));
        }
        PageFigures figures = out.isEmpty() && used.isEmpty() ? PageFigures.NONE : new PageFigures(out, used);
        return new Read(figures, c.at);
    }

    record Read(PageFigures figures, int end) {
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            escape(fields[i], out);
        }
        out.append('\n');
    }

    private static void escape(String field, StringBuilder out) {
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private static String[] fields(String line, int count) {
        String[] raw = line.split("\t", -1);
        if (raw.length != count) {
            throw new IllegalArgumentException("expected " + count + " fields, got " + raw.length);
        }
        for (int i = 0; i < raw.length; i++) {
            raw[i] = unescape(raw[i]);
        }
        return raw;
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Walks lines of a larger text without copying what follows them. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text, int at) {
            this.text = text;
            this.at = at;
        }

        String next() {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                throw new IllegalArgumentException("truncated figures");
            }
            String line = text.substring(at, end);
            at = end + 1;
            return line;
        }
    }
}
