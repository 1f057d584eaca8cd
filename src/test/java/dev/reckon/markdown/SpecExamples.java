package dev.reckon.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a CommonMark-format spec file ({@code spec.txt} of commonmark-spec or cmark-gfm),
 * read the way their own {@code spec_tests.py} reads them: a fence of 32 backticks and the word
 * {@code example} opens one, a line holding only {@code .} separates the Markdown from the HTML,
 * and {@code →} stands for a tab. Examples are numbered in file order, as the spec numbers them.
 */
record SpecExamples(List<Example> examples) {
    private static final String FENCE = "````````````````````````````````";

    /** @param section the nearest heading above the example; {@code info} what follows "example" ("table", "disabled", …) */
    record Example(int number, String section, String info, String markdown, String html, int line) {
    }

    static SpecExamples read(Path specFile) throws IOException {
        List<String> lines = Files.readAllLines(specFile, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") && !line.startsWith("#!")) {
                section = line.replaceFirst("^#+\\s*", "");
            } else if (line.startsWith(FENCE + " example")) {
                int start = i + 1;
                StringBuilder markdown = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder into = markdown;
                for (i = start; !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && into == markdown) {
                        into = html;
                    } else {
                        into.append(lines.get(i).replace('→', '\t')).append('\n');
                    }
                }
                examples.add(new Example(examples.size() + 1, section, line.substring(FENCE.length() + " example".length()).trim(),
                        markdown.toString(), html.toString(), start));
            }
        }
        return new SpecExamples(List.copyOf(examples));
    }
}
