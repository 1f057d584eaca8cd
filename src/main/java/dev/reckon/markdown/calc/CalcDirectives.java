package dev.reckon.markdown.calc;

import com.vladsch.flexmark.util.misc.Extension;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.FigureDimensions;
import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import dev.reckon.markdown.Directives;
import dev.reckon.markdown.MarkdownRenderer;
import dev.reckon.math.MathRenderer;
import java.nio.file.Path;
import java.util.List;

/** The calculation directives over one build's engine. */
public final class CalcDirectives implements Directives {
    private final Calculator calculator;

    public CalcDirectives(Calculator calculator) {
        this.calculator = calculator;
    }

    /** Directives over the bundled data set extended by a site's own data files. */
    public static CalcDirectives forSite(Path siteRoot, List<Path> dataFiles) {
        DataSet data = dataFiles.isEmpty() ? DataSetLoader.bundled()
                : DataSetLoader.withSiteFiles(DataSetLoader.bundled(), siteRoot.toAbsolutePath().normalize(), dataFiles);
        Calculator calculator = new Calculator(data);
        FigureDimensions.verify(calculator);
        return new CalcDirectives(calculator);
    }

    @Override
    public List<Extension> extensions(MathRenderer math) {
        return List.of(CalcExtension.create(math));
    }

    @Override
    public MarkdownRenderer.DocumentHook forDocument() {
        return CalcDocument.hook(calculator);
    }

    @Override
    public String fingerprint(String dependency) {
        return dependency.startsWith(CalcDocument.DATA_DEPENDENCY)
                ? calculator.fingerprint(dependency.substring(CalcDocument.DATA_DEPENDENCY.length()))
                : null;
    }
}
