package dev.reckon.layout;

import dev.reckon.content.SourceFile;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The site's Freemarker templates ({@code templates/*.ftlh}, HTML auto-escaping on). Compiled
 * templates are cached by Freemarker and shared across threads; a builder keeps one instance for
 * all its builds ({@code serve} rebuilds), and Freemarker recompiles a template whenever its file
 * changed.
 */
public final class Templates {
    private final Configuration config;
    private final Path dir;
    private final Path siteRoot;
    private final Locale locale;
    private final ZoneId zone;

    public Templates(Path siteRoot, Locale locale, ZoneId zone) {
        this.siteRoot = siteRoot;
        this.locale = locale;
        this.zone = zone;
        this.dir = siteRoot.resolve("templates");
        if (!Files.isDirectory(dir)) {
            throw new ReckonException(Diagnostic.error("no templates folder at " + dir, null, null,
                    "create templates/ with base.ftlh, post.ftlh, page.ftlh, home.ftlh, blog.ftlh and 404.ftlh"));
        }
        config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setDirectoryForTemplateLoading(dir.toFile());
        } catch (IOException e) {
            throw new ReckonException(Diagnostic.error("cannot read templates: " + e.getMessage(), null, null,
                    "make the templates folder readable, e.g. chmod -R u+rX templates"));
        }
        config.setRecognizeStandardFileExtensions(true);
        // Checked on every use (a stat per template), so an edit shows in the very next rebuild.
        config.setTemplateUpdateDelayMilliseconds(0);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(locale);
        config.setTimeZone(TimeZone.getTimeZone(zone));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
        // Templates are trusted less than code: no ?api, no ?new of arbitrary classes.
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /**
     * Every file of the templates folder with its size and modification time: equal stamps mean
     * Freemarker would lay out the same model the same way (it reloads by modification time too).
     */
    String stamp() {
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder out = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.append(dir.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
            return out.toString();
        } catch (IOException | UncheckedIOException e) {
            return "unreadable " + System.nanoTime(); // never equal: lay everything out again
        }
    }

    /** Whether these templates can serve a build of {@code siteRoot} with these settings. */
    public boolean configuredFor(Path siteRoot, Locale locale, ZoneId zone) {
        return this.siteRoot.equals(siteRoot) && this.locale.equals(locale) && this.zone.equals(zone)
                && Files.isDirectory(dir);
    }

    /** {@link #render} as the UTF-8 bytes of a file. */
    byte[] renderFile(String name, Map<String, Object> model) {
        return render(name, model).getBytes(StandardCharsets.UTF_8);
    }

    /** Renders {@code name} (e.g. "post.ftlh") with the given data model. */
    public String render(String name, Map<String, Object> model) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new ReckonException(Diagnostic.error("missing template " + display(name), null, null,
                    "add templates/" + name + " (the default theme in the Reckon repository has one)"));
        } catch (ParseException e) {
            throw error("template syntax error: " + e.getEditorMessage(), e.getTemplateName(),
                    e.getLineNumber(), e.getColumnNumber(), "fix the template's syntax");
        } catch (TemplateException e) {
            throw error("template error: " + describe(e), e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber(),
                    refusedForSafety(e)
                            ? "templates cannot reach Java: ?api, ?new and static class access are disabled"
                            : "check the names the template uses; a missing value can be defaulted with ! (e.g. ${page.description!\"\"})");
        } catch (IOException e) {
            // Freemarker says FileNotFoundException for a file it may not read: named as every unreadable source is.
            Path file = dir.resolve(name);
            throw new ReckonException(SourceFile.unreadable(display(name),
                    Files.isReadable(file) ? e : new AccessDeniedException(file.toString())));
        }
    }

    private ReckonException error(String message, String templateName, int line, int column, String hint) {
        String file = templateName == null ? "templates" : display(templateName);
        SourceLines lines = SourceLines.none();
        if (templateName != null) {
            try {
                lines = SourceLines.of(Files.readString(dir.resolve(templateName)));
            } catch (IOException | RuntimeException ignored) {
                // the caret display is a courtesy
            }
        }
        return new ReckonException(lines.error(message, new SourceSpan(file, line, column, 1), hint));
    }

    private String display(String templateName) {
        return siteRoot.relativize(dir.resolve(templateName)).toString().replace('\\', '/');
    }

    /** Freemarker's first sentence, naming the expression it blames when the message only points at it. */
    private static String describe(TemplateException e) {
        String first = firstLine(e.getMessageWithoutStackTop());
        if (e instanceof freemarker.core.InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return e.getBlamedExpressionString() + " is null or missing";
        }
        int sentence = first.indexOf(". ");
        return sentence < 0 ? first : first.substring(0, sentence + 1);
    }

    private static boolean refusedForSafety(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        return message.contains("api_builtin_enabled") || message.contains("security reasons");
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
