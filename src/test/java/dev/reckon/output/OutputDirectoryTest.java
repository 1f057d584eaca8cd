package dev.reckon.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.ReckonException;
import dev.reckon.files.FolderExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staged output folder: nothing lands outside it, nothing is written twice, a build killed
 * mid-swap loses nothing published, litter is only what no live process owns, a published folder
 * gets the permissions the umask gives, and an output that is a link is published through.
 */
class OutputDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void writesOutsideTheStagingFolderAreRefused() {
        Path site = temp.resolve("site");
        OutputDirectory out = OutputDirectory.open(temp.resolve("public"), site);
        try {
            for (String escape : new String[] {"../escape.html", "a/../../escape.html", "/tmp/escape.html", ""}) {
                assertThrows(ReckonException.class, () -> out.write(escape, new byte[] {1}), escape);
            }
        } finally {
            out.abandon();
        }
        assertFalse(Files.exists(temp.resolve("escape.html")));
    }

    @Test
    void aSecondFileAtOnePathIsRefusedNotASilentReplacement() {
        OutputDirectory out = OutputDirectory.open(temp.resolve("public"), temp.resolve("site"));
        try {
            out.write("blog/a/index.html", bytes("the page"));
            assertTrue(out.contains("blog/a/index.html"));
            assertTrue(out.contains("blog/a/./index.html"), "the same file, however it is spelled");
            assertFalse(out.contains("blog/a/og.png"));
            ReckonException e = assertThrows(ReckonException.class,
                    () -> out.copy(temp.resolve("any"), "blog/a/index.html"));
            assertTrue(e.getMessage().contains("two files of this build would be published at blog/a/index.html"), e.getMessage());
        } finally {
            out.abandon();
        }
    }

    /**
     * Where the exchange is not available (another system, or no native access), commit renames
     * the published site aside first: a build killed between its two renames leaves no output, and
     * the next build must put the old site back before anything else.
     */
    @Test
    void aBuildKilledBetweenTheTwoRenamesGetsTheOldSiteBack() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path out = publish(site, "old");
        Map<String, String> published = snapshot(out);
        Path stagingOfKilledBuild = Files.createDirectories(temp.resolve(".public.reckon-tmp-" + deadOwner()));
        Files.writeString(stagingOfKilledBuild.resolve("index.html"), "new, unfinished");
        Files.move(out, temp.resolve(".public.reckon-old-" + deadOwner()));

        OutputDirectory.open(out, site).abandon();

        assertEquals(published, snapshot(out));
        assertEquals(List.of("public", "site"), siblings());
    }

    /** Another build's staging folder, in this process or another still running, is its own: never litter. */
    @Test
    void onlyFoldersOfEndedProcessesAreLitter() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path out = publish(site, "old");
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElseThrow();
        String live = ".public.reckon-tmp-" + self.pid() + "-" + started + "-1234abcd";
        String reusedPid = ".public.reckon-tmp-" + self.pid() + "-" + (started - 10_000) + "-1234abcd";
        String ended = ".public.reckon-tmp-" + deadOwner();
        String olderVersion = ".public.reckon-tmp-8172635";
        for (String name : List.of(live, reusedPid, ended, olderVersion)) {
            Files.writeString(Files.createDirectories(temp.resolve(name)).resolve("index.html"), "unfinished");
        }

        OutputDirectory.open(out, site).commit();

        assertEquals(List.of(live, "public", "site"), siblings(), "the live build's folder is left alone");
        assertEquals("unfinished", Files.readString(temp.resolve(live).resolve("index.html")));
    }

    @Test
    void theStagingFolderMustHoldExactlyWhatWasWrittenToBePublished() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path out = publish(site, "old");
        Map<String, String> published = snapshot(out);
        OutputDirectory dir = OutputDirectory.open(out, site);
        dir.write("index.html", bytes("new"));
        dir.write("blog/a/index.html", bytes("a"));
        // What an older build's litter sweep did to a running build: files deleted from under it.
        try (Stream<Path> staging = Files.list(temp)) {
            Path folder = staging.filter(p -> p.getFileName().toString().contains(".reckon-tmp-")).findFirst().orElseThrow();
            Files.delete(folder.resolve("blog/a/index.html"));
        }

        ReckonException e = assertThrows(ReckonException.class, dir::commit);
        dir.abandon();

        assertTrue(e.getMessage().contains("was changed by another program during the build"), e.getMessage());
        assertEquals(published, snapshot(out));
    }

    @Test
    void thePublishedFolderGetsThePermissionsTheUmaskGivesANewFolder() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path out = publish(site, "first");
        Path plain = Files.createDirectory(temp.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out), "first publish");
        publish(site, "second");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out), "a replacement");
        Files.delete(plain);
    }

    @Test
    void anOutputThatIsALinkIsPublishedThroughAndStaysALink() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path deploy = Files.createDirectories(temp.resolve("deploy/www"));
        Path out = Files.createSymbolicLink(temp.resolve("public"), deploy);

        for (String version : List.of("first", "second")) {
            OutputDirectory dir = OutputDirectory.open(out, site);
            dir.write("index.html", bytes(version));
            dir.commit();
            assertTrue(Files.isSymbolicLink(out), "the link stays a link");
            assertEquals(deploy, Files.readSymbolicLink(out));
            assertEquals(version, Files.readString(deploy.resolve("index.html")));
        }
        try (Stream<Path> beside = Files.list(deploy.getParent())) {
            assertEquals(List.of("www"), beside.map(p -> p.getFileName().toString()).toList(), "no litter beside the target");
        }
    }

    @Test
    void anOutputLinkToNothingOrToTheSourcesIsRefused() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(site.resolve("content"));
        Path dangling = Files.createSymbolicLink(temp.resolve("public"), temp.resolve("missing/www"));
        ReckonException e = assertThrows(ReckonException.class, () -> OutputDirectory.open(dangling, site));
        assertTrue(e.getMessage().contains("is a symbolic link to " + temp.resolve("missing/www") + ", which does not exist"),
                e.getMessage());

        Path intoContent = Files.createSymbolicLink(temp.resolve("out"), site.resolve("content"));
        e = assertThrows(ReckonException.class, () -> OutputDirectory.open(intoContent, site));
        assertTrue(e.getMessage().contains("is, contains or lies inside the site's sources"), e.getMessage());
        assertTrue(Files.isDirectory(site.resolve("content"), LinkOption.NOFOLLOW_LINKS));
    }

    /** Where the launcher runs (Linux, native access granted), the swap is one exchange, never two renames. */
    @Test
    void theSwapIsOneExchangeWhereThePlatformHasIt() throws Exception {
        assertTrue(FolderExchange.available(), "the tests run with native access, as the launcher does");
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        Files.writeString(a.resolve("in-a"), "a");
        Files.writeString(b.resolve("in-b"), "b");
        assertTrue(FolderExchange.exchange(a, b));
        assertTrue(Files.exists(a.resolve("in-b")));
        assertTrue(Files.exists(b.resolve("in-a")));
        assertThrows(IOException.class, () -> FolderExchange.exchange(a, temp.resolve("missing")));
    }

    private Path publish(Path site, String text) {
        Path out = temp.resolve("public");
        OutputDirectory dir = OutputDirectory.open(out, site);
        dir.write("index.html", bytes(text));
        dir.commit();
        return out;
    }

    /** An owner whose process has ended: no process has this id (Linux allows at most 2^22). */
    private static String deadOwner() {
        return "999999999-1700000000000-0badf00d";
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> siblings = Files.list(temp)) {
            return siblings.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
