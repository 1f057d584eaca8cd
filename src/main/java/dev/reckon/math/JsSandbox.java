package dev.reckon.math;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;

/**
 * JavaScript contexts for build-time libraries (KaTeX, the code highlighter): on the shared engine,
 * and unable to reach the host, files, threads, processes or environment. Every context on one
 * engine must be built with the same access settings, so they are built only here.
 */
public final class JsSandbox {
    private JsSandbox() {
    }

    public static Context newContext(Engine engine) {
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
                .build();
    }
}
