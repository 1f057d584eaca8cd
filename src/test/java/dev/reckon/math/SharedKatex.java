package dev.reckon.math;

/** One KaTeX engine for the whole test JVM: creating one costs seconds. */
public final class SharedKatex {
    private static final KatexRenderer INSTANCE = new KatexRenderer();

    private SharedKatex() {
    }

    public static KatexRenderer get() {
        return INSTANCE;
    }
}
