package dev.reckon.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.reckon.js.JsEngine;
import java.util.TreeMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The real KaTeX, running in GraalJS on the command's shared {@link JsEngine}, so KaTeX's parsed code
 * is shared; a JavaScript context may only be used by one thread at a time, so each thread gets its
 * own, created lazily on first use. No context can reach the host, files, threads or environment.
 */
public final class KatexRenderer implements MathRenderer, AutoCloseable {
    public static final String KATEX_VERSION = "0.16.47";
    static final String DIST = "META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist/";
    private static final Pattern POSITION = Pattern.compile("at position (\\d+)");
    /**
     * The commands KaTeX only honours when trusted: links, images and HTML attributes. With trust
     * off KaTeX still succeeds and prints the command as red text, which a build would publish.
     */
    private static final Pattern UNTRUSTED = Pattern.compile("\\\\(href|url|includegraphics|htmlClass|htmlId|htmlStyle|htmlData)(?![A-Za-z])");
    /**
     * KaTeX's {@code errorColor}, which with {@code throwOnError} only colours a refused command: a
     * value \color cannot produce (KaTeX accepts only hex and names there), so output holding it
     * means a command was refused even where the trust function was not asked (a URL whose scheme
     * KaTeX could not read).
     */
    static final String REFUSED_COLOR = "rgb(204,0,1)";
    /** KaTeX's trust option as a function that refuses by failing the formula, naming the command. */
    private static final String REFUSE = "(function (c) { var e = new Error(c.command + ' is not allowed in a formula');"
            + " e.name = 'Untrusted'; throw e; })";

    /**
     * KaTeX statements one formula may run before it is abandoned. maxExpand and maxSize stop the
     * known macro and size bombs; this is the backstop for anything else that would hang a build.
     * A long, ordinary display formula takes well under a tenth of it.
     */
    static final long STATEMENT_LIMIT = 20_000_000;

    private final JsEngine js;
    private final long statementLimit;
    private final Source katexSource;
    private final List<Context> contexts = new ArrayList<>();
    private final ThreadLocal<RenderFunction> perThread = ThreadLocal.withInitial(this::newRenderFunction);

    /** The options passed to {@code katex.renderToString}; part of every cache key. */
    public static final Map<String, Object> OPTIONS = Map.of(
            "output", "htmlAndMathml",
            "throwOnError", true,
            "trust", false,
            "errorColor", REFUSED_COLOR,
            "strict", "ignore",
            "maxExpand", 1000,
            "maxSize", 100);

    /**
     * KaTeX's version, options and statement limit in a stable order: with the TeX and display mode,
     * all that decides the output (the limit decides which formulas render at all).
     */
    public static String fingerprint() {
        return "katex " + KATEX_VERSION + " " + new TreeMap<>(OPTIONS) + " statements " + STATEMENT_LIMIT
                + " untrusted commands fail";
    }

    /** @param js the engine KaTeX shares with the command's other build-time JavaScript; started on the first formula */
    public KatexRenderer(JsEngine js) {
        this(js, STATEMENT_LIMIT);
    }

    KatexRenderer(JsEngine js, long statementLimit) {
        this.js = js;
        this.statementLimit = statementLimit;
        this.katexSource = loadKatex(js);
    }

    private static Source loadKatex(JsEngine js) {
        try (InputStream in = KatexRenderer.class.getClassLoader().getResourceAsStream(DIST + "katex.min.js")) {
            if (in == null) {
                throw new IllegalStateException("katex.min.js " + KATEX_VERSION + " is not on the classpath");
            }
            // Its statements count against the per-formula limit.
            return js.limitedSource("katex.min.js", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context with KaTeX loaded, and the two option objects it is called with. */
    private record RenderFunction(Context context, Value renderToString, Value inlineOptions, Value displayOptions) {
    }

    private RenderFunction newRenderFunction() {
        Context context = js.newContext(statementLimit);
        synchronized (contexts) {
            contexts.add(context);
        }
        context.eval(katexSource);
        Value katex = context.getBindings("js").getMember("katex");
        return new RenderFunction(context, katex.getMember("renderToString"),
                options(context, false), options(context, true));
    }

    private static Value options(Context context, boolean display) {
        // A plain JS object rather than a host proxy: the context needs no host access to read it.
        Value object = context.eval("js", "({})");
        for (var option : OPTIONS.entrySet()) {
            object.putMember(option.getKey(), option.getValue());
        }
        object.putMember("displayMode", display);
        object.putMember("trust", context.eval("js", REFUSE));
        return object;
    }

    @Override
    public String render(String tex, boolean display) {
        RenderFunction fn = perThread.get();
        try {
            fn.context().resetLimits();
            String html = fn.renderToString().execute(tex, display ? fn.displayOptions() : fn.inlineOptions()).asString();
            if (html.contains(REFUSED_COLOR)) {
                throw untrusted("a link, image or HTML attribute in a formula", tex);
            }
            return html;
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isResourceExhausted()) {
                // The context is closed by the limit: the thread's next formula gets a fresh one.
                discard(fn);
                throw new TexException("formula is too expensive to render (it ran past KaTeX's statement limit); "
                        + "simplify it or split it", 0);
            }
            if (e.isGuestException() && !e.isInternalError() && e.getMessage() != null
                    && e.getMessage().startsWith("Untrusted: ")) {
                throw untrusted(e.getMessage().substring("Untrusted: ".length()).replace(" is not allowed in a formula", ""), tex);
            }
            if (e.isGuestException() && !e.isInternalError()) {
                String message = e.getMessage() == null ? "invalid TeX" : e.getMessage().replaceFirst("^ParseError: ", "");
                // The caret shows the position; KaTeX's excerpt with combining underlines only adds noise.
                throw new TexException(authorMessage(message), errorPosition(e, message, tex));
            }
            throw e;
        }
    }

    /** {@code what} refused, at the first command of its kind in the TeX (or its start, if a macro spelled it). */
    private static TexException untrusted(String what, String tex) {
        Matcher m = UNTRUSTED.matcher(tex);
        return new TexException(what + " is not allowed: formulas cannot make links, images or HTML attributes",
                m.find() ? m.start() : 0, "write links and images in Markdown around the formula, e.g. [$x$](https://example.org)"
                        + " or ![alt](image.png)");
    }

    /**
     * KaTeX's message as an author can act on it: the caret already shows the position, so the
     * excerpt with combining underlines goes; maxExpand is ours to set, not theirs.
     */
    private static String authorMessage(String message) {
        String plain = message.replaceFirst(" at position \\d+: .*$", "");
        if (plain.startsWith("RangeError: Maximum call stack size exceeded")) {
            return "formula nested too deeply for KaTeX (it ran out of stack)";
        }
        if (plain.contains("Too many expansions")) {
            return "KaTeX parse error: too many macro expansions (more than " + OPTIONS.get("maxExpand")
                    + "); does a macro expand to itself?";
        }
        return plain;
    }

    private void discard(RenderFunction fn) {
        perThread.remove();
        synchronized (contexts) {
            contexts.remove(fn.context());
        }
        fn.context().close(true);
    }

    /** KaTeX's ParseError carries the offset; "at end of input" errors carry none. */
    private static int errorPosition(PolyglotException e, String message, String tex) {
        Value error = e.getGuestObject();
        if (error != null && error.hasMember("position") && error.getMember("position").fitsInInt()) {
            return error.getMember("position").asInt();
        }
        if (message.contains("at end of input")) {
            return tex.length();
        }
        Matcher m = POSITION.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Closes KaTeX's contexts; the engine belongs to its {@link JsEngine}. */
    @Override
    public void close() {
        synchronized (contexts) {
            for (Context c : contexts) {
                c.close(true);
            }
            contexts.clear();
        }
    }
}
