package dev.reckon.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.graalvm.polyglot.Context;
import java.io.StringReader;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What build-time JavaScript (KaTeX, the highlighter) cannot do, asked from inside JavaScript. */
class JsSandboxTest {
    private final Context js = SharedJs.get().newContext();

    @AfterEach
    void close() {
        js.close(true);
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "Java.type('java.lang.System')",                       // host class lookup
            "Java.type('java.lang.Thread')",                       // threads via the host
            "Java.type('java.lang.ProcessBuilder')",               // processes
            "Java.type('java.lang.foreign.Linker')",               // native access
            "Packages.java.lang.System.getenv('HOME').length",    // environment, the Nashorn way
            "load('/etc/hostname')",                               // file IO
            "load('https://example.org/x.js')",                    // network IO
            "Polyglot.eval('python', '1')",                        // other languages
            "new Worker('x.js')",                                  // JavaScript threads
    })
    void refused(String code) {
        assertThrows(PolyglotException.class, () -> js.eval("js", code));
    }

    @Test
    void noEnvironmentNoProcessNoRequire() {
        assertEquals("undefined undefined", js.eval("js", "[typeof process, typeof require].join(' ')").asString());
    }

    @Test
    void plainJavaScriptStillRuns() {
        assertEquals(6, js.eval("js", "[1, 2, 3].reduce((a, b) => a + b)").asInt());
    }

    @Test
    void onlyLimitedSourcesCountAgainstTheStatementLimit() throws Exception {
        String loop = "var n = 0; for (var i = 0; i < 10000; i++) { n += i; } n";
        Source limited = SharedJs.get().limitedSource("limited-loop.js", new StringReader(loop));
        Context tight = SharedJs.get().newContext(1000);
        try {
            assertEquals(49995000, tight.eval("js", loop).asInt(), "other sources run unlimited");
            PolyglotException cut = assertThrows(PolyglotException.class, () -> tight.eval(limited));
            assertTrue(cut.isResourceExhausted() || cut.isCancelled(), cut.getMessage());
        } finally {
            tight.close(true); // a context cut off by its limit can only be closed by cancelling
        }
    }

    @Test
    void theEngineStartsWithTheFirstContextAndNotBefore() {
        try (JsEngine engine = new JsEngine()) {
            assertFalse(engine.started(), "creating the owner starts nothing: a warm build needs no engine");
            try (Context context = engine.newContext()) {
                assertTrue(engine.started());
                assertEquals(2, context.eval("js", "1 + 1").asInt());
            }
        }
    }

    /** Found by SiteBuildFuzzTest: KaTeX's console.warn about glyphs without metrics reached the terminal, among the diagnostics. */
    @Test
    void consoleOutputGoesNowhere() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true));
        try (JsEngine engine = new JsEngine(); Context context = engine.newContext()) {
            context.eval("js", "console.warn('No character metrics'); console.log('x'); console.error('y')");
        } finally {
            System.setErr(before);
            System.setOut(out);
        }
        assertEquals("", captured.toString());
    }
}
