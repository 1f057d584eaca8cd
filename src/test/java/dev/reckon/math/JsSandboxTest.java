package dev.reckon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What build-time JavaScript (KaTeX, the highlighter) cannot do, asked from inside JavaScript. */
class JsSandboxTest {
    private final Context js = JsSandbox.newContext(SharedKatex.get().engine());

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
}
