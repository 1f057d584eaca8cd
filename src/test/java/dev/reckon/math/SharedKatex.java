package dev.reckon.math;

import dev.reckon.js.SharedJs;

/** One KaTeX for the whole test JVM, on the shared test engine: creating one costs seconds. */
public final class SharedKatex {
    private static final KatexRenderer INSTANCE = new KatexRenderer(SharedJs.get());

    private SharedKatex() {
    }

    public static KatexRenderer get() {
        return INSTANCE;
    }
}
