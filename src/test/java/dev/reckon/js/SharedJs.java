package dev.reckon.js;

/** One JavaScript engine for the whole test JVM, as one command has: KaTeX and Prism in tests share it. */
public final class SharedJs {
    private static final JsEngine INSTANCE = new JsEngine();

    private SharedJs() {
    }

    public static JsEngine get() {
        return INSTANCE;
    }
}
