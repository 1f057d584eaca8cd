package dev.reckon.markdown;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.calc.Calculator;
import dev.reckon.data.DataSetLoader;
import dev.reckon.markdown.calc.CalcExtension;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;

/** The Markdown pipeline as a build sets it up (the real KaTeX, engine and bundled data), for the markdown tests. */
final class TestMarkdown {
    static final MarkdownRenderer WITH_CALC = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get())
            .set(CalcExtension.CALCULATOR, new Calculator(DataSetLoader.bundled())));

    private TestMarkdown() {
    }

    /** Renders {@code markdown} as the body of {@code post.md}, after four lines of front matter (so it starts on line 5). */
    static RenderedMarkdown render(MarkdownRenderer renderer, String markdown) {
        String file = "---\ntitle: t\ndate: 2024-01-10\n---\n" + markdown;
        return renderer.render("post.md", markdown, 5, file.split("\n", -1));
    }

    static RenderedMarkdown render(String markdown) {
        return render(WITH_CALC, markdown);
    }
}
