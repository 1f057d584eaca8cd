package dev.reckon.content;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Front matter and its YAML on arbitrary text: problems are collected or thrown as a
 * {@link ReckonException}, never anything else (no StackOverflowError, no engine exception).
 */
class FrontMatterFuzzTest {
    @FuzzTest
    void frontMatter(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SourceFile file = new SourceFile(Path.of("fuzz.md"), "fuzz.md", "---\n" + text);
        List<Diagnostic> problems = new ArrayList<>();
        try {
            FrontMatterParser.parse(file, Page.Kind.POST, problems);
        } catch (ReckonException expected) {
            // positioned YAML error
        }
        for (Diagnostic d : problems) {
            d.render();
        }
    }
}
