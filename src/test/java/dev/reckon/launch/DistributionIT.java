package dev.reckon.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the archive unpacked in a folder outside the checkout, its
 * bin/reckon run by /bin/sh with nothing but a JDK 25 named by JAVA_HOME, the user's cache folder
 * in a temporary HOME. One site, made by 'reckon init', goes through a user's first days.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {
    private static final Path ARCHIVE = Path.of(System.getProperty("reckon.distribution"));
    private static final String VERSION = System.getProperty("reckon.version");

    @TempDir
    static Path temp;
    static Path install;
    static Path reckon;
    static Path site;
    static Path cache;
    static Map<String, String> installedFiles;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        assertEquals(0, new ProcessBuilder("tar", "-xzf", ARCHIVE.toString(), "-C", temp.toString()).start().waitFor());
        install = temp.resolve("reckon-" + VERSION);
        reckon = install.resolve("bin/reckon");
        site = temp.resolve("work/site");
        cache = temp.resolve("home/.cache/reckon");
        installedFiles = listing(install);
    }

    @Test
    @Order(1)
    void theArchivesHoldTheLauncherTheJarsTheJitReadmeAndLicences() throws IOException {
        for (String file : List.of("bin/reckon", "bin/reckon.cmd", "lib/reckon.jar", "lib/polyglot-25.0.3.jar",
                "lib/js-language-25.0.3.jar", "lib/jit/compiler-25.0.3.jar", "README.md", "LICENSE", "LICENCES.md")) {
            assertTrue(Files.isRegularFile(install.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(reckon));
        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ARCHIVE.resolveSibling("reckon-" + VERSION + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        assertEquals(installedFiles.keySet().stream().map(f -> "reckon-" + VERSION + "/" + f).sorted().toList(),
                zipped.stream().sorted().toList(), "the zip holds the same files as the tar.gz");
    }

    @Test
    @Order(2)
    void versionInitAndAFirstBuildWithMathAndAComputedFigure() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("Reckon " + VERSION + "\nKaTeX "), version.out());

        Files.createDirectories(site.getParent());
        assertEquals(0, run("init", site.toString()).code());
        Run build = run("-v", "build", "--source", site.toString());
        assertEquals(0, build.code(), build.err());
        assertFalse(jvmOptions(build).contains("-XX:TieredStopAtLevel=1"), "a cold build keeps C2: " + jvmOptions(build));
        Document post = Jsoup.parse(site.resolve("public/blog/first-post/index.html").toFile());
        assertFalse(post.select(".katex").isEmpty(), "math");
        assertFalse(post.select("svg").isEmpty(), "the chart");
        String figure = run("calc", "gpt3.train_flops / h200.bf16.dense -> year | sig 2").out().strip();
        assertTrue(post.text().contains("would need " + figure + " for it"), figure + " in " + post.text());
    }

    @Test
    @Order(3)
    void theNextBuildsAreWarmAndRecordThenUseTheAotCacheInTheUsersCacheFolder() throws Exception {
        append(site.resolve("content/posts/first-post.md"), "\nA second paragraph.\n");
        Run recording = run("-v", "build", "--source", site.toString());
        assertEquals(0, recording.code(), recording.err());
        List<String> options = jvmOptions(recording);
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput=" + cache.resolve("aot"))), options.toString());
        assertTrue(recording.err().contains("recording a start-up cache"), recording.err());
        assertFalse(recording.out().contains("AOTCache creation") || recording.out().contains("AOTConfiguration"),
                "the JDK's report of the recording is not shown: " + recording.out());
        try (Stream<Path> aot = Files.list(cache.resolve("aot"))) {
            assertTrue(aot.anyMatch(f -> f.toString().endsWith(".aot")), "the cache was written");
        }

        append(site.resolve("content/posts/first-post.md"), "\nA third paragraph.\n");
        Run warm = run("-v", "build", "--source", site.toString());
        assertEquals(0, warm.code(), warm.err());
        assertTrue(jvmOptions(warm).stream().anyMatch(o -> o.startsWith("-XX:AOTCache=" + cache.resolve("aot"))),
                jvmOptions(warm).toString());
        Run quiet = run("build", "-q", "--source", site.toString());
        assertEquals("", quiet.out() + quiet.err(), "a quiet no-op build prints nothing");
    }

    @Test
    @Order(4)
    void deletingTheSitesCachesMakesTheNextBuildColdAgain() throws Exception {
        deleteTree(site.resolve(".reckon"));
        Run cold = run("-v", "build", "--source", site.toString());
        assertEquals(0, cold.code(), cold.err());
        assertFalse(jvmOptions(cold).contains("-XX:TieredStopAtLevel=1"), jvmOptions(cold).toString());
        assertTrue(cold.out().contains("5 formulas rendered"), cold.out());
    }

    @Test
    @Order(5)
    void checkCalcDataAndServeWork() throws Exception {
        Run check = run("check", "--strict", "--source", site.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals("checked 1 page: 0 errors, 0 warnings\n", check.out());
        Run calc = run("calc", "gpt3.params");
        assertEquals(0, calc.code(), calc.err());
        assertTrue(calc.out().endsWith(" params\n"), calc.out());
        assertTrue(run("data", "h200").out().contains("bandwidth"));

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serve = start(List.of("serve", "--source", site.toString(), "--port", String.valueOf(port)));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> page = null;
            for (int i = 0; i < 240 && page == null; i++) {
                try {
                    page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/blog/first-post/")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertTrue(page != null && page.statusCode() == 200, "serve answered");
            assertTrue(page.body().contains("How long would GPT-3 take"));
        } finally {
            serve.descendants().forEach(ProcessHandle::destroy);
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(installedFiles, listing(install), "nothing was written into the installation");
    }

    @Test
    @Order(6)
    void withoutAHomeThereIsNoCacheFolderAndNoOptionsFileIsReadOrWritten() throws Exception {
        Run build = runWithout("HOME", "-v", "build", "--source", site.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xss8m",
                "-Djava.awt.headless=true", "-XX:+UseSerialGC"), jvmOptions(build), "no shared fallback such as /tmp");
    }

    @Test
    @Order(7)
    void theStarterWorkflowsReleaseStepInstallsTheArchiveAndBuildsTheSite() throws Exception {
        String workflow = Files.readString(site.resolve(".github/workflows/pages.yml"));
        String marker = "name: Build with a Reckon release";
        String step = workflow.substring(workflow.indexOf(marker));
        String script = step.substring(step.indexOf("run: |") + "run: |".length(), step.indexOf("\n\n")).stripIndent();
        deleteTree(site.resolve("public"));
        Path runner = Files.createDirectories(temp.resolve("runner"));
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(site.toFile())
                .redirectOutput(temp.resolve("wf.out").toFile()).redirectError(temp.resolve("wf.err").toFile());
        environment(pb.environment());
        pb.environment().putAll(Map.of("RECKON_RELEASE_URL", ARCHIVE.toUri().toString(), "RECKON_VERSION", VERSION,
                "RUNNER_TEMP", runner.toString()));
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(temp.resolve("wf.err")));
        assertTrue(Files.isRegularFile(site.resolve("public/blog/first-post/index.html")));
        assertTrue(Files.isExecutable(runner.resolve("reckon-" + VERSION + "/bin/reckon")));
    }

    private static List<String> jvmOptions(Run run) {
        return run.out().lines().filter(l -> l.startsWith("JVM options: ")).findFirst()
                .map(l -> List.of(l.substring("JVM options: ".length()).split(" "))).orElseThrow(() -> new AssertionError(run.out()));
    }

    private static void environment(Map<String, String> env) {
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", temp.resolve("home").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    private static Process start(List<String> args) throws IOException {
        return start(args, null);
    }

    private static Process start(List<String> args, String unset) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", reckon.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        environment(pb.environment());
        if (unset != null) {
            pb.environment().remove(unset);
        }
        return pb.start();
    }

    private static Run run(String... args) throws Exception {
        return runWithout(null, args);
    }

    private static Run runWithout(String unset, String... args) throws Exception {
        Process p = start(List.of(args), unset);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "reckon " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), Files.readString(temp.resolve("out")), Files.readString(temp.resolve("err")));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.size(f) + " bytes, " + Files.getLastModifiedTime(f));
            }
        }
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
