package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.site.ReckonProcess;
import dev.reckon.site.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs and the exact message each gets. Every folder under {@code src/test/resources/faults}
 * is a case: {@code site/} is a mini-site (the default theme is added when it has no templates),
 * {@code expected.txt} is the exit code on its first line ({@code exit N}) followed by the exact
 * standard error of {@code reckon build}. Optional {@code args.txt} replaces the default command
 * line ({@code build --source {site} --output {out}}); optional {@code overlay/} is copied over the
 * site, {@code remove.txt} lists site files deleted, {@code links.txt} symbolic links made
 * ({@code path -> target}, which git and the copy would not keep) and {@code unreadable.txt} site
 * files and folders made unreadable ({@code chmod 000}) before the build; {@code published.txt}
 * lines {@code path: text} must hold after it. Absolute temporary paths are shown as
 * {@code <tmp>}. A case with unreadable files runs in-process, or, when the tests run as root (who
 * reads anything), as a separate Reckon process that has given up root's right to read any file. Regenerate with
 * {@code ./reckon test -Dtest=FaultFixtureTest -Dreckon.regenerate=true} and review the diff.
 */
class FaultFixtureTest {
    private static final Path CASES = TestSites.REPO.resolve("src/test/resources/faults");
    private static final boolean REGENERATE = Boolean.getBoolean("reckon.regenerate");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyBadInputGetsItsExactMessage() throws IOException {
        return TestSites.eachFolder(CASES, Files::isDirectory, this::check);
    }

    private void check(Path dir) throws IOException, InterruptedException {
        Path work = temp.resolve(dir.getFileName().toString());
        Path site = work.resolve("site");
        if (Files.isDirectory(dir.resolve("site"))) {
            TestSites.copySite(dir.resolve("site"), site);
        } else {
            Files.createDirectories(site);
        }
        if (Files.isDirectory(dir.resolve("overlay"))) {
            TestSites.copyTree(dir.resolve("overlay"), site);
        }
        for (String name : listed(dir, "remove.txt")) {
            Files.delete(site.resolve(name));
        }
        makeLinks(dir, site);
        List<Path> unreadable = listed(dir, "unreadable.txt").stream().map(site::resolve).toList();
        String[] args = commandLine(dir, site, work.resolve("public"));
        String actual;
        try {
            actual = run(args, unreadable).replace(work.toString(), "<tmp>");
        } finally {
            for (Path p : unreadable) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        }

        Path expected = dir.resolve("expected.txt");
        if (REGENERATE) {
            Files.writeString(expected, actual);
            return;
        }
        assertEquals(Files.readString(expected), actual, "stderr of reckon " + String.join(" ", args));
        assertFalse(actual.contains("\tat "), "no stack trace without --verbose");
        for (String line : listed(dir, "published.txt")) {
            String[] fileAndText = line.split(": ", 2);
            String html = Files.readString(work.resolve("public").resolve(fileAndText[0]));
            assertTrue(html.contains(fileAndText[1]), fileAndText[0] + " should contain " + fileAndText[1]);
        }
    }

    private static List<String> listed(Path dir, String name) throws IOException {
        Path list = dir.resolve(name);
        return Files.exists(list)
                ? Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(String::strip).toList()
                : List.of();
    }

    private static String[] commandLine(Path dir, Path site, Path out) throws IOException {
        Path argsFile = dir.resolve("args.txt");
        String line = Files.exists(argsFile) ? Files.readString(argsFile).strip() : "build --source {site} --output {out}";
        List<String> args = new ArrayList<>();
        for (String arg : line.split("\\s+")) {
            args.add(arg.replace("{site}", site.toString()).replace("{out}", out.toString()));
        }
        return args.toArray(String[]::new);
    }

    /**
     * "exit N" and the standard error of {@code reckon args}. chmod 000 cannot be kept in git, so it
     * is applied here; root reads such files anyway, so then the command runs as a process without
     * that right, where reading them really fails.
     */
    private String run(String[] args, List<Path> unreadable) throws IOException, InterruptedException {
        for (Path p : unreadable) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        }
        if (!unreadable.isEmpty() && ReckonProcess.readsAnyFile(temp)) {
            ReckonProcess.Result result = ReckonProcess.run(ReckonProcess.WITHOUT_ROOT_READ, args);
            return "exit " + result.exit() + "\n" + result.stderr();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return "exit " + code + "\n" + err;
    }

    /** Symbolic links are made here rather than kept in git, where a link to /etc/passwd would be a hazard of its own. */
    private static void makeLinks(Path dir, Path site) throws IOException {
        for (String line : listed(dir, "links.txt")) {
            String[] linkAndTarget = line.split(" -> ", 2);
            Path link = site.resolve(linkAndTarget[0]);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(linkAndTarget[1]));
        }
    }
}
