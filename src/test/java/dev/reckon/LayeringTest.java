package dev.reckon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ARCHITECTURE.md's package table is the law: every package under {@code dev.reckon} has a row, and
 * a class uses only its own package (and below) and the packages its row lists. The table is read
 * from the document, so a new package needs only a row there; a wrong arrow fails here, naming the
 * class, the dependency (with its source line) and the row it breaks. Libraries and the JDK are not
 * restricted.
 */
@AnalyzeClasses(packages = LayeringTable.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    static final LayeringTable TABLE = read();
    /**
     * Known breaches of the table, each waiting for its fix (class, then the row it may not use).
     * Keep this empty: an entry that is no longer needed fails {@link #everyTemporaryExceptionIsStillNeeded}.
     */
    static final Map<String, String> TEMPORARY = Map.of();

    @ArchTest
    static final ArchRule classesUseOnlyWhatTheirRowAllows = classes().should(useOnlyWhatTheirRowAllows());

    private static LayeringTable read() {
        try {
            return LayeringTable.read(Path.of("ARCHITECTURE.md").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchCondition<JavaClass> useOnlyWhatTheirRowAllows() {
        return new ArchCondition<>("use only what their row in ARCHITECTURE.md allows") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<LayeringTable.Row> from = TABLE.rowOf(item.getPackageName());
                if (from.isEmpty()) {
                    return; // everyPackageHasARow names it once
                }
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    Optional<LayeringTable.Row> to = TABLE.rowOf(d.getTargetClass().getPackageName());
                    if (to.isPresent() && !LayeringTable.mayUse(from.get(), to.get())
                            && !to.get().name().equals(TEMPORARY.get(item.getName()))) {
                        events.add(SimpleConditionEvent.violated(d, item.getName() + " uses "
                                + d.getTargetClass().getName() + " of `" + to.get().name() + "`, but "
                                + from.get().describe() + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    @ArchTest
    static void everyPackageHasARow(JavaClasses classes) {
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : classes) {
            if (TABLE.rowOf(c.getPackageName()).isEmpty()) {
                missing.add(c.getPackageName());
            }
        }
        assertEquals(Set.of(), missing, "packages without a row in ARCHITECTURE.md's table (package | stage | may depend on): add one");
    }

    @ArchTest
    static void everyTemporaryExceptionIsStillNeeded(JavaClasses classes) {
        List<String> unneeded = new ArrayList<>();
        TEMPORARY.forEach((className, rowName) -> {
            boolean used = classes.contain(className) && classes.get(className).getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> TABLE.rowOf(d.getTargetClass().getPackageName())
                            .filter(to -> to.name().equals(rowName)).isPresent());
            if (!used) {
                unneeded.add(className + " -> " + rowName);
            }
        });
        assertEquals(List.of(), unneeded, "fixed breaches of the table: remove them from LayeringTest.TEMPORARY");
    }

    /** A row for a package that has no classes is a stale row, and a listed package must have a row. */
    @ArchTest
    static void everyRowIsAPackageWithClasses(JavaClasses classes) {
        Set<String> used = new HashSet<>();
        for (JavaClass c : classes) {
            TABLE.rowOf(c.getPackageName()).ifPresent(row -> used.add(row.name()));
        }
        List<String> problems = new ArrayList<>();
        for (LayeringTable.Row row : TABLE.rows().values()) {
            if (!used.contains(row.name())) {
                problems.add("ARCHITECTURE.md:" + row.line() + ": row `" + row.name() + "` names no package with classes");
            }
            for (String listed : row.allowed()) {
                if (!TABLE.rows().containsKey(listed)) {
                    problems.add("ARCHITECTURE.md:" + row.line() + ": row `" + row.name() + "` lists `" + listed + "`, which has no row");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every package says in its package-info.java what it is for (javac writes no class for it, so the sources are read). */
    @ArchTest
    static void everyPackageSaysWhatItIsFor(JavaClasses classes) {
        Path sources = Path.of("src/main/java");
        Set<String> undocumented = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!Files.isRegularFile(sources.resolve(c.getPackageName().replace('.', '/')).resolve("package-info.java"))) {
                undocumented.add(c.getPackageName());
            }
        }
        assertEquals(Set.of(), undocumented, "packages without a package-info.java");
    }

    /** Arrows go one way: no package may reach itself through the rows' lists. */
    @ArchTest
    static void theTableHasNoCycle(JavaClasses ignored) {
        List<String> cycles = new ArrayList<>();
        for (String start : TABLE.rows().keySet()) {
            if (reaches(start, start, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "rows of ARCHITECTURE.md that can reach themselves");
    }

    private static boolean reaches(String from, String goal, Set<String> seen) {
        LayeringTable.Row row = TABLE.rows().get(from);
        if (row == null) {
            return false;
        }
        for (String next : row.allowed()) {
            if (next.equals(goal) || (seen.add(next) && reaches(next, goal, seen))) {
                return true;
            }
        }
        return false;
    }
}
