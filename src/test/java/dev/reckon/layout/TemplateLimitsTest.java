package dev.reckon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runaway templates end as one positioned error naming the limit, never as a StackOverflowError,
 * an OutOfMemoryError or a build that does not end. Small limits keep each case fast; the defaults
 * are what the fault fixtures and the README's failure section show.
 */
class TemplateLimitsTest {
    private static final TemplateLimits SMALL = new TemplateLimits(100, Duration.ofSeconds(30), 100_000, 64L << 20);

    @TempDir
    Path site;

    @Test
    void aMacroCallingItselfHitsTheNestingLimitAtTheCall() throws IOException {
        Diagnostic d = fail("x\n<#macro r n><@r n=n+1/></#macro><@r n=0/>", SMALL);
        assertEquals("template exceeds its nesting limit (100 levels)", d.message());
        assertEquals("templates/t.ftlh:2:13", d.span().location());
    }

    @Test
    void aFunctionCallingItselfAndAnIncludeIncludingItselfToo() throws IOException {
        assertTrue(fail("<#function f n><#return f(n+1)></#function>${f(0)}", SMALL).message().contains("nesting limit"));
        Files.writeString(site.resolve("templates/self.ftlh"), "<#include \"self.ftlh\">");
        Diagnostic d = fail("<#include \"self.ftlh\">", SMALL);
        assertEquals("template exceeds its nesting limit (100 levels)", d.message());
        assertEquals("templates/self.ftlh:1:1", d.span().location());
    }

    @Test
    void theDefaultNestingLimitIsReachedBeforeTheStackRunsOut() throws IOException {
        // With the default limit and the 8 MB stacks the launcher gives every thread, the limit, not
        // the JVM, stops a recursion; on a smaller stack the JVM's error is reported the same way.
        Diagnostic d = fail("<#function f n><#return f(n+1)></#function>${f(0)}", TemplateLimits.DEFAULT);
        assertEquals("template exceeds its nesting limit (500 levels)", d.message());
    }

    @Test
    void anEndlessLoopHitsTheTimeLimitEvenWithAnEmptyBody() throws IOException {
        long start = System.nanoTime();
        TemplateLimits limits = new TemplateLimits(100, Duration.ofMillis(300), 100_000, Long.MAX_VALUE);
        Diagnostic d = fail("<p>\n  <#list 1.. as i></#list>", limits);
        assertEquals("template exceeds its time limit (300 ms per page)", d.message());
        assertEquals("templates/t.ftlh:2:3", d.span().location());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "stopped near its time limit");
    }

    @Test
    void aLoopWritingWithoutEndHitsTheOutputLimit() throws IOException {
        Diagnostic d = fail("<#list 1..999999999 as i>${i}</#list>", SMALL);
        assertEquals("template exceeds its output limit (100,000 characters per page)", d.message());
        assertEquals("templates/t.ftlh:1:26", d.span().location());
    }

    @Test
    void aStringDoubledFortyTimesHitsTheMemoryLimitBeforeTheHeapRunsOut() throws IOException {
        Diagnostic d = fail("<#assign s = \"x\">\n<#list 1..40 as i>\n<#assign s = s + s>\n</#list>${s}", SMALL);
        assertEquals("template exceeds its memory limit (64 MiB per page)", d.message());
        assertEquals("templates/t.ftlh:3:1", d.span().location());
    }

    @Test
    void outputCapturedOutsideThePageIsBoundedToo() throws IOException {
        // #attempt and <#assign x>…</#assign> write into buffers of their own, past the page's writer.
        assertTrue(fail("<#attempt><#list 1.. as i>${i}</#list><#recover>no</#attempt>", SMALL).message().contains("limit"));
        assertTrue(fail("<#assign x><#list 1.. as i>${i}</#list></#assign>", SMALL).message().contains("limit"));
    }

    @Test
    void aRecoverBlockCannotSwallowALimit() throws IOException {
        Diagnostic d = fail("<#macro r><@r/></#macro><#attempt><@r/><#recover>recovered</#attempt>", SMALL);
        assertTrue(d.message().contains("nesting limit"), d.message());
    }

    @Test
    void aRealPageIsFarBelowEveryDefaultLimit() throws IOException {
        Templates templates = templates("<#list 1..1000 as i><p>${i}</p></#list>", TemplateLimits.DEFAULT);
        assertTrue(templates.render("t.ftlh", Map.of()).endsWith("<p>1000</p>"));
    }

    private Diagnostic fail(String template, TemplateLimits limits) throws IOException {
        Templates templates = templates(template, limits);
        ReckonException e = assertThrows(ReckonException.class, () -> templates.render("t.ftlh", Map.of()));
        assertEquals(1, e.diagnostics().size(), e.render());
        return e.diagnostics().get(0);
    }

    private Templates templates(String template, TemplateLimits limits) throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/t.ftlh"), template);
        return new Templates(site, Locale.ROOT, ZoneId.of("UTC"), limits);
    }
}
