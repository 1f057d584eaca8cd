package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.launch.LaunchPolicy.Choice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start-up policy, rule by rule, at and around each threshold. */
class LaunchPolicyTest {
    private static Choice build(SiteFacts facts) {
        return LaunchPolicy.choose("build", facts, Overrides.NONE);
    }

    @Test
    void aFirstBuildOfASmallSiteGetsC2AndNoAotCache() {
        Choice c = build(new SiteFacts(40, 0, 0, 0));
        assertEquals(new Choice(false, false, false, false, List.of()), c);
    }

    @Test
    void aWarmBuildGetsTheShortJvmAndTheAotCache() {
        assertEquals(new Choice(false, true, true, false, List.of()), build(new SiteFacts(1000, 10000, 1000, 0)));
        assertTrue(build(new SiteFacts(1000, 10000, 750, 0)).quick(), "three quarters of the files cached is warm");
        assertFalse(build(new SiteFacts(1000, 10000, 749, 0)).quick(), "fewer is not");
        assertFalse(build(new SiteFacts(1000, 10000, 1000, 250)).quick(), "a quarter of the files edited since is not warm");
        assertTrue(build(new SiteFacts(1000, 10000, 1000, 249)).aot());
        assertFalse(build(new SiteFacts(0, 0, 0, 0)).quick(), "an empty site is not warm");
    }

    @Test
    void theGraalJitIsForBigColdBuildsOnly() {
        assertTrue(build(new SiteFacts(2500, 0, 0, 0)).jit());
        assertFalse(build(new SiteFacts(2499, 0, 0, 0)).jit(), "below the threshold the compiler's warm-up does not pay");
        assertTrue(build(new SiteFacts(5000, 4999, 0, 0)).jit(), "a formula cache with fewer entries than files is cold");
        assertFalse(build(new SiteFacts(5000, 5000, 0, 0)).jit(), "nothing much left for KaTeX");
        assertFalse(LaunchPolicy.choose("serve", new SiteFacts(5000, 0, 0, 0), Overrides.NONE).jit(), "builds only");
    }

    @Test
    void serveKeepsG1AndC2AndOtherCommandsTheSerialCollector() {
        Choice serve = LaunchPolicy.choose("serve", new SiteFacts(0, 0, 0, 0), Overrides.NONE);
        assertEquals(new Choice(false, false, false, true, List.of()), serve);
        assertFalse(LaunchPolicy.choose("calc", new SiteFacts(0, 0, 0, 0), Overrides.NONE).serve());
    }

    @Test
    void overridesWinAndTheShortJvmGivesWayToTheJit() {
        Overrides on = Overrides.from(Map.of("RECKON_JIT", "on", "RECKON_QUICK", "on", "RECKON_AOT", "on"));
        Choice c = LaunchPolicy.choose("calc", new SiteFacts(0, 0, 0, 0), on);
        assertTrue(c.jit());
        assertFalse(c.quick(), "C1 alone would compile the Graal compiler itself slowly");
        assertTrue(c.aot(), "RECKON_AOT=on applies to every command");
        assertEquals(List.of("the short JVM and the Graal JIT do not mix; running without the short JVM"), c.notes());

        Overrides off = Overrides.from(Map.of("RECKON_QUICK", "off", "RECKON_AOT", "0"));
        Choice warm = LaunchPolicy.choose("build", new SiteFacts(1000, 10000, 1000, 0), off);
        assertFalse(warm.quick());
        assertFalse(warm.aot());

        Overrides low = Overrides.from(Map.of("RECKON_JIT_MIN_PAGES", "10"));
        assertTrue(LaunchPolicy.choose("build", new SiteFacts(10, 0, 0, 0), low).jit());
    }

    @Test
    void anOverrideThatIsNotAChoiceIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Overrides.from(Map.of("RECKON_AOT", "sometimes")));
        assertEquals("RECKON_AOT must be on, off or auto, not 'sometimes'", e.getMessage());
        var n = assertThrows(IllegalArgumentException.class, () -> Overrides.from(Map.of("RECKON_JIT_MIN_PAGES", "many")));
        assertEquals("RECKON_JIT_MIN_PAGES must be a number of Markdown files, not 'many'", n.getMessage());
    }

    @Test
    void afterASuccessfulBuildTheNextIsWarmUnlessTooManyPagesCannotBeCached() {
        assertEquals(new SiteFacts(1000, 1000, 1000, 0), SiteFacts.afterBuild(3, 997, 0, 0));
        assertTrue(build(SiteFacts.afterBuild(3, 997, 0, 0)).quick());
        assertFalse(build(SiteFacts.afterBuild(1000, 0, 0, 0)).jit(), "every formula is cached now");
        assertFalse(build(SiteFacts.afterBuild(70, 0, 30, 0)).quick(), "drafts and future posts are never in the page cache");
        assertFalse(build(SiteFacts.afterBuild(100, 0, 0, 30)).quick(), "pages with warnings are never cached");
    }
}
