package dev.reckon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table {@code package | stage | may depend on} under "Packages" in ARCHITECTURE.md, read from
 * the document itself so the test that enforces it and the text people read cannot drift apart.
 * A row's package covers its subpackages unless they have a row of their own (the longest name wins).
 *
 * <p>The third column lists packages in backticks, or says {@code —} (nothing) or
 * {@code everything above} (every row before it); any other words are refused, so a row the test
 * would misread fails instead of passing silently.
 */
record LayeringTable(Map<String, Row> rows) {
    static final String ROOT = "dev.reckon";
    private static final Pattern HEADING = Pattern.compile("## Packages\\b.*");
    private static final Pattern QUOTED = Pattern.compile("`([a-z][a-z0-9_.]*)`");

    /** One row: the package (relative to dev.reckon), where it is in the document, and what it may use. */
    record Row(String name, int line, Set<String> allowed) {
        String describe() {
            return "ARCHITECTURE.md:" + line + " row `" + name + "` may depend on "
                    + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed));
        }
    }

    static LayeringTable read(Path architecture) throws IOException {
        List<String> lines = Files.readAllLines(architecture);
        int at = 0;
        while (at < lines.size() && !HEADING.matcher(lines.get(at)).matches()) {
            at++;
        }
        while (at < lines.size() && !lines.get(at).startsWith("|")) {
            at++;
        }
        if (at >= lines.size()) {
            throw new IllegalStateException("ARCHITECTURE.md has no table under a '## Packages' heading");
        }
        List<String> header = cells(lines.get(at));
        if (!header.equals(List.of("package", "stage", "may depend on"))) {
            throw new IllegalStateException("ARCHITECTURE.md:" + (at + 1) + ": expected the header | package | stage | may depend on |, found " + header);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            String name = onlyPackage(cells.get(0), i + 1);
            rows.put(name, new Row(name, i + 1, allowed(cells.get(2), rows.keySet(), i + 1)));
        }
        return new LayeringTable(rows);
    }

    private static List<String> cells(String line) {
        String inner = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
        List<String> out = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            out.add(cell.strip());
        }
        return out;
    }

    private static String onlyPackage(String cell, int line) {
        Matcher m = QUOTED.matcher(cell);
        if (!m.matches()) {
            throw new IllegalStateException("ARCHITECTURE.md:" + line + ": the first column must be one `package`, not '" + cell + "'");
        }
        return m.group(1);
    }

    private static Set<String> allowed(String cell, Set<String> above, int line) {
        if (cell.equals("—") || cell.equals("-")) {
            return Set.of();
        }
        if (cell.equals("everything above")) {
            return new TreeSet<>(above);
        }
        Set<String> out = new TreeSet<>();
        Matcher m = QUOTED.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        String rest = QUOTED.matcher(cell).replaceAll("").replaceAll("[,\\s]|\\band\\b", "");
        if (out.isEmpty() || !rest.isEmpty()) {
            throw new IllegalStateException("ARCHITECTURE.md:" + line + ": 'may depend on' must list `packages`, "
                    + "or say — or 'everything above', not '" + cell + "'");
        }
        return out;
    }

    /** The row that covers a Java package such as {@code dev.reckon.markdown.math}, if any. */
    Optional<Row> rowOf(String javaPackage) {
        Row best = null;
        for (Row row : rows.values()) {
            if (within(javaPackage, ROOT + "." + row.name())
                    && (best == null || row.name().length() > best.name().length())) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a class of {@code from}'s row may use one of {@code to}'s: its own package and below, or a listed one and below. */
    static boolean mayUse(Row from, Row to) {
        if (within(to.name(), from.name())) {
            return true;
        }
        return from.allowed().stream().anyMatch(listed -> within(to.name(), listed));
    }

    static boolean within(String name, String parent) {
        return name.equals(parent) || name.startsWith(parent + ".");
    }
}
