package dev.reckon.js;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The one GraalJS engine of a command, shared by every build-time JavaScript library (KaTeX,
 * Prism), so their parsed code and the engine's warm-up are shared. The engine starts with the first
 * context asked for, never before: a warm build, which needs no JavaScript, starts none. Every
 * context is built here, with the same access settings (GraalJS requires that of one engine's
 * contexts): none can reach the host, files, threads, processes or environment.
 */
public final class JsEngine implements AutoCloseable {
    /** Names of the sources whose statements count against a context's limit ({@link #limitedSource}). */
    private final Set<String> limitedSources = ConcurrentHashMap.newKeySet();
    /**
     * GraalJS requires one filter instance for every context of a shared engine, so the owner of the
     * engine holds it; it counts only the limited sources, so an unlimited library's contexts (which
     * never reset their count) are never cut off.
     */
    private final Predicate<Source> limited = source -> limitedSources.contains(source.getName());
    private Engine engine;

    /** A context with no statement limit, for libraries that run no limited source (the highlighter, tests). */
    public Context newContext() {
        return newContext(0);
    }

    /**
     * @param statementLimit how many statements of {@link #limitedSource limited sources} the context
     *                       may run between {@link Context#resetLimits()} calls before it is cancelled
     */
    public Context newContext(long statementLimit) {
        return Context.newBuilder("js")
                .engine(engine())
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowCreateProcess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                // console.log/warn go nowhere: KaTeX warns there of glyphs without metrics (strict is
                // "ignore" on purpose), unpositioned lines that would land among a build's diagnostics.
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, limited).build())
                .build();
    }

    /** A cached source whose statements count against the limit of the contexts that run it. */
    public Source limitedSource(String name, Reader code) throws IOException {
        limitedSources.add(name);
        return Source.newBuilder("js", code, name).cached(true).build();
    }

    private synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        }
        return engine;
    }

    /** Whether the engine was started (for tests: a warm build must not start it). */
    public synchronized boolean started() {
        return engine != null;
    }

    /** Closes the engine; the libraries' contexts must be closed first. */
    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
