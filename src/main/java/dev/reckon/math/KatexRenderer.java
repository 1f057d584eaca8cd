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
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The real KaTeX, running in GraalJS. One {@link Engine} is shared so that KaTeX's parsed code is
 * shared; a JavaScript context may only be used by one thread at a time, so each thread gets its
 * own, created lazily on first use. No context can reach the host, files, threads or environment.
 */
public final class KatexRenderer implements MathRenderer, AutoCloseable {
    public static final String KATEX_VERSION = "0.16.47";
    static final String DIST = "META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist/";
    private static final Pattern POSITION = Pattern.compile("at position (\\d+)");

    private final Engine engine;
    private final Source katexSource;
    private final List<Context> contexts = new ArrayList<>();
    private final ThreadLocal<RenderFunction> perThread = ThreadLocal.withInitial(this::newRenderFunction);

    /** The options passed to {@code katex.renderToString}; part of every cache key. */
    public static final Map<String, Object> OPTIONS = Map.of(
            "output", "htmlAndMathml",
            "throwOnError", true,
            "trust", false,
            "strict", "ignore",
            "maxExpand", 1000,
            "maxSize", 100);

    /** KaTeX's version and options in a stable order: with the TeX and display mode, all that decides the output. */
    public static String fingerprint() {
        return "katex " + KATEX_VERSION + " " + new java.util.TreeMap<>(OPTIONS);
    }

    public KatexRenderer() {
        this.engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        this.katexSource = loadKatex();
    }

    private static Source loadKatex() {
        try (InputStream in = KatexRenderer.class.getClassLoader().getResourceAsStream(DIST + "katex.min.js")) {
            if (in == null) {
                throw new IllegalStateException("katex.min.js " + KATEX_VERSION + " is not on the classpath");
            }
            return Source.newBuilder("js", new InputStreamReader(in, StandardCharsets.UTF_8), "katex.min.js")
                    .cached(true)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context with KaTeX loaded, and the two option objects it is called with. */
    private record RenderFunction(Value renderToString, Value inlineOptions, Value displayOptions) {
    }

    private RenderFunction newRenderFunction() {
        Context context = JsSandbox.newContext(engine);
        synchronized (contexts) {
            contexts.add(context);
        }
        context.eval(katexSource);
        Value katex = context.getBindings("js").getMember("katex");
        return new RenderFunction(katex.getMember("renderToString"),
                options(context, false), options(context, true));
    }

    private static Value options(Context context, boolean display) {
        // A plain JS object rather than a host proxy: the context needs no host access to read it.
        Value object = context.eval("js", "({})");
        for (var option : OPTIONS.entrySet()) {
            object.putMember(option.getKey(), option.getValue());
        }
        object.putMember("displayMode", display);
        return object;
    }

    @Override
    public String render(String tex, boolean display) {
        RenderFunction fn = perThread.get();
        try {
            return fn.renderToString().execute(tex, display ? fn.displayOptions() : fn.inlineOptions()).asString();
        } catch (PolyglotException e) {
            if (e.isGuestException() && !e.isInternalError()) {
                String message = e.getMessage() == null ? "invalid TeX" : e.getMessage().replaceFirst("^ParseError: ", "");
                // The caret shows the position; KaTeX's excerpt with combining underlines only adds noise.
                throw new TexException(message.replaceFirst(" at position \\d+: .*$", ""), errorPosition(e, message, tex));
            }
            throw e;
        }
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

    /** The shared JavaScript engine, so other build-time JavaScript (the code highlighter) reuses it. */
    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        synchronized (contexts) {
            for (Context c : contexts) {
                c.close(true);
            }
            contexts.clear();
        }
        engine.close();
    }
}
