package dev.reckon.bib;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import java.io.StringReader;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads a BibTeX file with JBibTeX. A syntax error, an undefined {@code @string} or a key defined
 * twice is a diagnostic at the file's line and column (the file's other entries are still read);
 * field text is LaTeX made plain by JBibTeX's own LaTeX reader ({@code {\"o}} is ö, braces go).
 */
public final class BibTeXReader {
    /** Where each entry starts, to position a duplicate key: {@code @type{key,}. */
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]+)\\s*,");
    private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private BibTeXReader() {
    }

    /** @param file the display path, for messages */
    public static Bibliography read(String file, String text, List<Diagnostic> problems) {
        SourceLines lines = SourceLines.of(text.split("\n", -1));
        BibTeXDatabase database;
        try {
            database = parser().parse(new StringReader(text));
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 1;
            int column = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginColumn : 1;
            problems.add(lines.error("BibTeX syntax error: " + firstLine(e.getMessage()), new SourceSpan(file, line, column, 1),
                    "each entry is @type{key, field = {value}, …}; check the braces and commas before this point"));
            return Bibliography.EMPTY;
        } catch (TokenMgrException e) {
            Matcher at = LEXICAL_POSITION.matcher(String.valueOf(e.getMessage()));
            SourceSpan span = at.find() ? new SourceSpan(file, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)), 1)
                    : SourceSpan.of(file, 1, 1);
            problems.add(lines.error("BibTeX syntax error: " + firstLine(e.getMessage()), span,
                    "each entry is @type{key, field = {value}, …}"));
            return Bibliography.EMPTY;
        } catch (RuntimeException e) { // JBibTeX's ObjectResolutionException: an undefined @string
            problems.add(lines.error("BibTeX: " + firstLine(e.getMessage()), SourceSpan.of(file, 1, 1),
                    "define it with @string{name = {…}} or write the value in braces"));
            return Bibliography.EMPTY;
        }
        reportDuplicates(file, text, lines, problems);
        List<BibEntry> entries = new ArrayList<>();
        for (BibTeXEntry entry : database.getEntries().values()) {
            entries.add(entry(entry));
        }
        return Bibliography.of(entries);
    }

    /** JBibTeX's parser with the month abbreviations BibTeX predefines ({@code month = jan}). */
    private static BibTeXParser parser() throws ParseException {
        BibTeXParser parser = new BibTeXParser();
        for (int i = 0; i < MONTHS.length; i++) {
            parser.addMacro(new BibTeXString(new Key(MONTHS[i]), new StringValue(
                    Month.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    StringValue.Style.BRACED)));
        }
        return parser;
    }

    /** JBibTeX keeps the last entry of a key; the author meant one of them, so the second is an error. */
    private static void reportDuplicates(String file, String text, SourceLines lines, List<Diagnostic> problems) {
        Map<String, Integer> firstLine = new HashMap<>();
        Matcher m = ENTRY_START.matcher(text);
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("preamble") || type.equals("comment")) {
                continue;
            }
            int line = lineOf(text, m.start(2));
            Integer first = firstLine.putIfAbsent(m.group(2), line);
            if (first != null) {
                int column = m.start(2) - text.lastIndexOf('\n', m.start(2) - 1);
                problems.add(lines.error("the BibTeX key '" + m.group(2) + "' is defined twice",
                        new SourceSpan(file, line, column, m.group(2).length()),
                        "its first entry is on line " + first + "; give each work a key of its own"));
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static BibEntry entry(BibTeXEntry entry) {
        String authorField = raw(entry, BibTeXEntry.KEY_AUTHOR);
        if (authorField.isEmpty()) {
            authorField = raw(entry, BibTeXEntry.KEY_EDITOR);
        }
        String eprint = plain(raw(entry, BibTeXEntry.KEY_EPRINT));
        String doi = plain(raw(entry, BibTeXEntry.KEY_DOI)).replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)", "");
        String url = raw(entry, BibTeXEntry.KEY_URL).strip();
        String archive = raw(entry, new Key("archiveprefix")).strip();
        String link = !doi.isEmpty() ? "https://doi.org/" + doi
                : !url.isEmpty() ? url
                : !eprint.isEmpty() && (archive.isEmpty() || archive.equalsIgnoreCase("arxiv")) ? "https://arxiv.org/abs/" + eprint
                : "";
        return new BibEntry(entry.getKey().getValue(), entry.getType().getValue().toLowerCase(Locale.ROOT),
                Name.parseAll(authorField, BibTeXReader::plain), authorField.matches("(?s).*\\band\\s+others\\s*$"),
                plain(raw(entry, BibTeXEntry.KEY_YEAR)), plain(raw(entry, BibTeXEntry.KEY_TITLE)), container(entry),
                plain(raw(entry, BibTeXEntry.KEY_VOLUME)), plain(raw(entry, BibTeXEntry.KEY_NUMBER)),
                plain(raw(entry, BibTeXEntry.KEY_PAGES)).replace("--", "–"), doi, link);
    }

    private static String container(BibTeXEntry entry) {
        for (Key key : List.of(BibTeXEntry.KEY_JOURNAL, BibTeXEntry.KEY_BOOKTITLE, new Key("journaltitle"),
                BibTeXEntry.KEY_PUBLISHER, BibTeXEntry.KEY_INSTITUTION, BibTeXEntry.KEY_SCHOOL,
                BibTeXEntry.KEY_ORGANIZATION, BibTeXEntry.KEY_HOWPUBLISHED)) {
            String value = plain(raw(entry, key));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String raw(BibTeXEntry entry, Key key) {
        Value value = entry.getField(key);
        return value == null ? "" : value.toUserString();
    }

    /** LaTeX to plain text with JBibTeX's LaTeX reader; text it cannot read keeps its words, without braces. */
    static String plain(String latex) {
        if (latex.isBlank()) {
            return "";
        }
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
            return latex.strip().replaceAll("\\s+", " ");
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).strip().replaceAll("\\s+", " ");
        } catch (ParseException | RuntimeException e) {
            return latex.replaceAll("[{}]", "").strip().replaceAll("\\s+", " ");
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
