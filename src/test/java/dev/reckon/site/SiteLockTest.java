package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of build of a site takes its turn under the site's lock: a published build, a rebuild
 * of {@code serve} and {@code check}'s throw-away build each wait, after saying so, while another
 * build holds it (here, the test), and run once it is released.
 */
class SiteLockTest {
    @TempDir
    Path temp;

    @Test
    void publishedLiveAndThrowAwayBuildsAllWaitForTheSiteLock() throws Exception {
        Path site = TestSites.bulkSite(temp.resolve("site"), 3);
        BuildOptions published = new BuildOptions(site, temp.resolve("public"), false, false, TestSites.TODAY);
        BuildOptions served = new BuildOptions(site, site.resolve(".reckon/serve"), false, false, TestSites.TODAY);
        BuildOptions checked = new BuildOptions(site, temp.resolve("check/site"), false, false, TestSites.TODAY).thrownAway();
        SiteBuilder live = TestSites.builder(site).live();
        for (var build : List.<BuildRun>of(
                phases -> TestSites.builder(site).build(published, phases),
                phases -> live.build(served, phases),
                phases -> TestSites.builder(site).renderingEveryPage().build(checked, phases))) {
            List<String> told = new CopyOnWriteArrayList<>();
            SiteBuilder.Phases phases = new SiteBuilder.Phases() {
                @Override
                public void start(String phase) {
                }

                @Override
                public void waiting(String message) {
                    told.add(message);
                }
            };
            CompletableFuture<BuildSummary> waiting;
            try (SiteLock held = SiteLock.acquire(site.toAbsolutePath().normalize(), message -> { })) {
                waiting = CompletableFuture.supplyAsync(() -> build.run(phases));
                while (told.isEmpty()) {
                    Thread.sleep(5);
                }
                assertEquals(List.of("waiting for another build of this site to finish (another thread of this process)"), told);
                Thread.sleep(200);
                assertFalse(waiting.isDone(), "it waits while the lock is held");
            }
            assertTrue(waiting.get(120, TimeUnit.SECONDS).pages() > 0, "and builds once it is released");
        }
        assertTrue(Files.isRegularFile(site.resolve(SiteLock.FILE)));
    }

    @FunctionalInterface
    private interface BuildRun {
        BuildSummary run(SiteBuilder.Phases phases);
    }
}
