package dev.reckon.math;

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
 * JavaScript contexts for build-time libraries (KaTeX, the code highlighter): on the shared engine,
 * and unable to reach the host, files, threads, processes or environment. Every context on one
 * engine must be built with the same access settings, so they are built only here.
 */
public final class JsSandbox {
    /**
     * Statements counted only in sources with this name. GraalJS requires one filter instance for
     * every context of a shared engine, so the filter lives here; it names KaTeX alone so the
     * highlighter's contexts (which never reset their count) are never cut off.
     */
    static final String LIMITED_SOURCE = "katex.min.js";
    private static final Predicate<Source> LIMITED = source -> LIMITED_SOURCE.equals(source.getName());

    private JsSandbox() {
    }

    /** A context with no statement limit worth speaking of (the highlighter, tests). */
    public static Context newContext(Engine engine) {
        return newContext(engine, 0);
    }

    /**
     * @param statementLimit how many statements of {@link #LIMITED_SOURCE} the context may run
     *                       between {@link Context#resetLimits()} calls before it is cancelled; 0 for no limit
     */
    static Context newContext(Engine engine, long statementLimit) {
        return Context.newBuilder("js")
                .engine(engine)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowCreateProcess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, LIMITED).build())
                .build();
    }
}
