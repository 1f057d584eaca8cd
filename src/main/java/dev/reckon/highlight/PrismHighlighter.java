package dev.reckon.highlight;

import dev.reckon.js.JsEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Build-time syntax highlighting with the real Prism, on the command's shared {@link JsEngine} (the
 * one KaTeX runs on), so the engine's warm-up is shared. Like KaTeX, a context belongs
 * to one thread at a time: each thread gets its own on first use. Contexts are sealed off from the
 * host, files, threads and environment. Output is Prism's {@code <span class="token …">} markup.
 */
public final class PrismHighlighter implements Highlighter, AutoCloseable {
    public static final String PRISM_VERSION = "1.30.0";
    private static final String COMPONENTS = "META-INF/resources/webjars/prismjs/" + PRISM_VERSION + "/components/";

    /**
     * The grammars loaded, in dependency order (Prism's components.json "require" and "modify"):
     * a curated set for technical writing, so a context loads in milliseconds rather than loading
     * all ~300. Prism itself registers the aliases (js, py, sh, yml, md, tex, …).
     */
    static final List<String> LANGUAGES = List.of(
            "markup", "css", "clike", "javascript", "typescript", "c", "cpp", "java", "kotlin", "python",
            "bash", "json", "yaml", "toml", "rust", "go", "sql", "diff", "markdown", "latex", "docker",
            "julia", "r", "ini", "makefile");

    private static final List<Source> SOURCES = loadSources();

    private final JsEngine js;
    private final List<Context> contexts = new ArrayList<>();
    private final ThreadLocal<Value> perThread = ThreadLocal.withInitial(this::newHighlightFunction);

    /** @param js the shared JavaScript engine; started only when a code block is highlighted */
    public PrismHighlighter(JsEngine js) {
        this.js = js;
    }

    private static List<Source> loadSources() {
        List<Source> sources = new ArrayList<>();
        sources.add(load("prism-core.min.js"));
        for (String language : LANGUAGES) {
            sources.add(load("prism-" + language + ".min.js"));
        }
        return List.copyOf(sources);
    }

    private static Source load(String file) {
        try (InputStream in = PrismHighlighter.class.getClassLoader().getResourceAsStream(COMPONENTS + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " of Prism " + PRISM_VERSION + " is not on the classpath");
            }
            return Source.newBuilder("js", new InputStreamReader(in, StandardCharsets.UTF_8), file).cached(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Value newHighlightFunction() {
        Context context = js.newContext();
        synchronized (contexts) {
            contexts.add(context);
        }
        for (Source source : SOURCES) {
            context.eval(source);
        }
        // Returns null for a language Prism has no grammar for, so the caller can fall back to plain.
        return context.eval("js", """
                (function (code, language) {
                  var grammar = Prism.languages[language];
                  return grammar && typeof grammar === 'object' ? Prism.highlight(code, grammar, language) : null;
                })""");
    }

    /** What decides the output besides the code and language: keys cached highlighting. */
    public static String fingerprint() {
        return "prism " + PRISM_VERSION + " " + String.join(",", LANGUAGES);
    }

    /** Null when the language is neither one of {@link #LANGUAGES} nor an alias Prism registers for one. */
    @Override
    public String highlight(String code, String language) {
        if (!language.matches("[A-Za-z0-9_+#-]+")) {
            return null;
        }
        Value html = perThread.get().execute(code, language);
        return html.isNull() ? null : html.asString();
    }

    @Override
    public void close() {
        synchronized (contexts) {
            for (Context c : contexts) {
                c.close();
            }
            contexts.clear();
        }
    }
}
