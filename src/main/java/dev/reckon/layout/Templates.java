package dev.reckon.layout;

import dev.reckon.content.SourceFile;
import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceLines;
import dev.reckon.diag.SourceSpan;
import dev.reckon.theme.Theme;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The site's Freemarker templates ({@code templates/*.ftlh}, HTML auto-escaping on), each falling
 * back to the default theme's file of the same name ({@link Theme}). Compiled
 * templates are cached by Freemarker and shared across threads; a builder keeps one instance for
 * all its builds ({@code serve} rebuilds), and Freemarker recompiles a template whenever its file
 * changed.
 */
public final class Templates {
    /** How a diagnostic names a template of the default theme (the site has no file of that name). */
    static final String THEME_PREFIX = "(default theme) ";
    private final Configuration config;
    private final Path dir;
    private final Path siteRoot;
    private final Locale locale;
    private final ZoneId zone;
    /** Whether the site has a templates folder of its own (checked again before each build). */
    private final boolean hasOwn;
    private final TemplateLimits limits;

    public Templates(Path siteRoot, Locale locale, ZoneId zone) {
        this(siteRoot, locale, zone, TemplateLimits.DEFAULT);
    }

    public Templates(Path siteRoot, Locale locale, ZoneId zone, TemplateLimits limits) {
        this.siteRoot = siteRoot;
        this.limits = limits;
        this.locale = locale;
        this.zone = zone;
        this.dir = siteRoot.resolve("templates");
        this.hasOwn = Files.isDirectory(dir);
        config = new LoopCheckedConfiguration();
        config.setTemplateLoader(loader());
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
     * The site's {@code templates/} first, file by file, then the default theme. Not sticky: a file
     * the site adds while {@code serve} runs replaces the theme's at the next rebuild.
     */
    private TemplateLoader loader() {
        TemplateLoader theme = new ThemeLoader();
        if (!hasOwn) {
            return theme;
        }
        try {
            MultiTemplateLoader both = new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(dir.toFile()), theme});
            both.setSticky(false);
            return both;
        } catch (IOException e) {
            throw new ReckonException(Diagnostic.error("cannot read templates: " + e.getMessage(), null, null,
                    "make the templates folder readable, e.g. chmod -R u+rX templates"));
        }
    }

    /**
     * The default theme's templates, from the bytes {@link Theme} read once. Not Freemarker's class
     * loader lookup: every name Freemarker tries and the theme lacks (it looks for post_en.ftlh
     * before post.ftlh) would search the whole class path, thousands of times a build.
     */
    private static final class ThemeLoader implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) {
            return Theme.file(name).isPresent() ? name : null;
        }

        /** Constant: the theme is part of Reckon's code and cannot change while it runs. */
        @Override
        public long getLastModified(Object source) {
            return 0;
        }

        @Override
        public Reader getReader(Object source, String encoding) {
            return new StringReader(new String(Theme.file((String) source).orElseThrow(), StandardCharsets.UTF_8));
        }

        @Override
        public void closeTemplateSource(Object source) {
        }
    }

    /**
     * Every file of the templates folder with its size and modification time: equal stamps mean
     * Freemarker would lay out the same model the same way (it reloads by modification time too).
     */
    String stamp() {
        if (!Files.isDirectory(dir)) {
            return "default theme only";
        }
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

    /**
     * The syntax errors of every template in the folder, without running any: what a build that
     * already fails for other reasons can still say about its templates in the same run.
     */
    public List<Diagnostic> syntaxErrors() {
        List<Diagnostic> errors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            // A link is an error of its own (content.SourceTree); its target is never read, not even to parse it.
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ftl[hx]?") && !Files.isSymbolicLink(f)).sorted().toList()) {
                try {
                    config.getTemplate(dir.relativize(file).toString().replace('\\', '/'));
                } catch (ParseException e) {
                    errors.addAll(syntaxError(e).diagnostics());
                } catch (IOException | StackOverflowError e) {
                    // unreadable or absurdly nested: the build that uses it says so
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the templates folder itself is reported when a build lays out its pages
        }
        return errors;
    }

    /** Whether these templates can serve a build of {@code siteRoot} with these settings. */
    public boolean configuredFor(Path siteRoot, Locale locale, ZoneId zone) {
        return this.siteRoot.equals(siteRoot) && this.locale.equals(locale) && this.zone.equals(zone)
                && Files.isDirectory(dir) == hasOwn;
    }

    /** {@link #render} as the UTF-8 bytes of a file. */
    byte[] renderFile(String name, Map<String, Object> model) {
        return render(name, model).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Renders {@code name} (e.g. "post.ftlh") with the given data model, within this instance's
     * {@link TemplateLimits}: a run past one is a {@link TemplateLimitException} at the element that
     * was running.
     */
    public String render(String name, Map<String, Object> model) {
        TemplateBudget budget = new TemplateBudget(limits);
        try {
            Environment env = config.getTemplate(name).createProcessingEnvironment(model, budget.writer());
            env.setTemplateProcessingTracer(budget);
            env.process();
            return budget.output();
        } catch (TemplateBudget.Exceeded e) {
            throw exceeded(e.limit, e.hint, e.at, name);
        } catch (StackOverflowError e) {
            // Deep expressions can use up the stack before the nesting limit is reached (or, before
            // anything runs, deeply nested source can in the parser).
            throw exceeded("nesting limit (the Java stack ran out)", TemplateBudget.RECURSION, budget.current(), name);
        } catch (OutOfMemoryError e) {
            // One expression (a huge range joined into a string) can ask for more than the heap in one go.
            throw exceeded("memory limit (the Java heap ran out)", TemplateBudget.MEMORY, budget.current(), name);
        } catch (TemplateNotFoundException e) {
            throw new ReckonException(Diagnostic.error("missing template " + display(name), null, null,
                    "add templates/" + name + " (the default theme has base, home, blog, post, page, tag, tags and 404)"));
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (TemplateException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof TemplateBudget.Exceeded exceeded) {
                    throw exceeded(exceeded.limit, exceeded.hint, exceeded.at, name);
                }
            }
            if (e.getCause() instanceof TemplateNotFoundException missing) {
                // An #include or #import of a name that neither the site nor the theme has.
                throw error("template error: no template " + missing.getTemplateName()
                                + " in templates/ or the default theme", e.getTemplateSourceName(),
                        e.getLineNumber() == null ? 1 : e.getLineNumber(), e.getColumnNumber() == null ? 1 : e.getColumnNumber(),
                        "add templates/" + missing.getTemplateName() + ", or correct the name");
            }
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

    private ReckonException syntaxError(ParseException e) {
        return error("template syntax error: " + e.getEditorMessage(), e.getTemplateName(),
                e.getLineNumber(), e.getColumnNumber(), "fix the template's syntax");
    }

    /** The limit a run exceeded, at the element that was running (or the start of {@code name} when none was yet). */
    private TemplateLimitException exceeded(String limit, String hint, TemplateProcessingTracer.TracedElement at, String name) {
        if (at == null) {
            return new TemplateLimitException(error("template exceeds its " + limit, name, 1, 1, hint).diagnostics());
        }
        int length = at.getEndLine() == at.getBeginLine() ? at.getEndColumn() - at.getBeginColumn() + 1 : 1;
        return new TemplateLimitException(error("template exceeds its " + limit, at.getTemplate().getSourceName(),
                at.getBeginLine(), at.getBeginColumn(), Math.max(1, length), hint).diagnostics());
    }

    /** A template ran past one of its {@link TemplateLimits}; its page (and any other of that template) cannot be laid out. */
    static final class TemplateLimitException extends ReckonException {
        TemplateLimitException(List<Diagnostic> diagnostics) {
            super(diagnostics);
        }
    }

    /**
     * Freemarker's own loop checks (the element its thread-interruption support puts at the start of
     * every loop body and macro), added once to every template this configuration loads, included
     * and imported ones too: so even an empty loop body is an element the {@link TemplateBudget} sees
     * on every iteration. No thread is ever interrupted; the check only fires if one were.
     */
    private static final class LoopCheckedConfiguration extends Configuration {
        private final Set<Template> checked = Collections.newSetFromMap(new WeakHashMap<>());

        LoopCheckedConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (template != null) {
                synchronized (checked) {
                    if (checked.add(template)) {
                        _CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
        }
    }

    private ReckonException error(String message, String templateName, int line, int column, String hint) {
        return error(message, templateName, line, column, 1, hint);
    }

    private ReckonException error(String message, String templateName, int line, int column, int length, String hint) {
        String file = templateName == null ? "templates" : display(templateName);
        SourceLines lines = SourceLines.none();
        if (templateName != null) {
            try {
                lines = SourceLines.of(ownFile(templateName)
                        ? Files.readString(dir.resolve(templateName))
                        : Theme.file(templateName).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(""));
            } catch (IOException | RuntimeException ignored) {
                // the caret display is a courtesy
            }
        }
        return new ReckonException(lines.error(message, new SourceSpan(file, line, column, length), hint));
    }

    /** The site's file, or for a template only the theme has, where it comes from. */
    private String display(String templateName) {
        if (!ownFile(templateName) && Theme.file(templateName).isPresent()) {
            return THEME_PREFIX + templateName;
        }
        return siteRoot.relativize(dir.resolve(templateName)).toString().replace('\\', '/');
    }

    private boolean ownFile(String templateName) {
        return hasOwn && Files.isRegularFile(dir.resolve(templateName));
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
