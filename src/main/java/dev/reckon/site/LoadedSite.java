package dev.reckon.site;

import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.FigureDimensions;
import dev.reckon.content.ContentLoader;
import dev.reckon.content.SiteContent;
import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.ReckonException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What the load phase gives the rest of a build: the site's content, the posts and pages this build
 * publishes, the calculation engine over the site's data set, and any further Markdown extensions
 * the caller asked for (the checker's inspector).
 */
record LoadedSite(Path root, SiteContent content, Published published, Calculator calculator,
        List<Extension> extensions) {

    /**
     * @param extensions more flexmark extensions for a site's Markdown, made once its content is loaded
     */
    static LoadedSite load(Path root, BuildOptions options, Function<SiteContent, List<Extension>> extensions) {
        SiteContent content = ContentLoader.loadAll(root);
        if (content.config() == null) {
            // No usable site.yaml: nothing can be laid out, but every other problem is still worth reporting.
            throw BuildProblems.failure(content.problems());
        }
        Published published = Published.select(content, options);
        return new LoadedSite(root, content, published, calculatorFor(root, content), extensions.apply(content));
    }

    /**
     * The engine over the bundled data set extended by the site's own data files: the one place a
     * build loads the data set. Broken data files fail with the content's problems together.
     */
    private static Calculator calculatorFor(Path root, SiteContent content) {
        try {
            Calculator calculator = new Calculator(content.dataFiles().isEmpty() ? DataSetLoader.bundled()
                    : DataSetLoader.withSiteFiles(DataSetLoader.bundled(), root, content.dataFiles()));
            // every figure of the site's files evaluates and has its field's dimension (memory: 141 s is an error here)
            FigureDimensions.verify(calculator);
            return calculator;
        } catch (ReckonException e) {
            throw BuildProblems.failure(content, List.of(), e.diagnostics());
        }
    }
}
