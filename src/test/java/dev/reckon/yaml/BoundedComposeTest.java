package dev.reckon.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.SourceLines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** The one YAML front end: its limits, its wording and its positions, the same for every file kind. */
class BoundedComposeTest {
    private final List<Diagnostic> out = new ArrayList<>();

    private Optional<Node> compose(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> YamlSource.of("f.yaml", text).compose(out));
    }

    private String rendered() {
        StringBuilder s = new StringBuilder();
        out.forEach(d -> s.append(d.render()));
        return s.toString();
    }

    @Test
    void aSyntaxErrorIsPositionedAndNamesWhereTheUnfinishedPartStarted() {
        assertTrue(compose("a: 1\nb: [x, y\n").isEmpty());
        assertEquals("""
                error: invalid YAML: expected ',' or ']', but got <stream end>
                 --> f.yaml:3:1
                  |
                3 | \n\
                  | ^
                  = hint: while parsing a flow sequence at f.yaml:2:4
                """, rendered());
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondWithTheFirstInTheHint() {
        Optional<Node> root = compose("title: First\nouter:\n  x: 1\n  x: 2\ntitle: Second\n");
        assertTrue(root.isPresent(), "the document is still returned, so readers report everything else too");
        assertEquals(List.of("f.yaml:4:3 duplicate key 'x' (first given at f.yaml:3:3)",
                "f.yaml:5:1 duplicate key 'title' (first given at f.yaml:1:1)"), summaries());
        MappingNode mapping = (MappingNode) root.get();
        assertEquals("First", ((org.snakeyaml.engine.v2.nodes.ScalarNode)
                YamlNodes.entries(mapping).get("title").getValueNode()).getValue(), "the first of a key wins");
    }

    @Test
    void aMappingReachedTwiceThroughAnAliasIsReportedOnce() {
        compose("a: &m {k: 1, k: 2}\nb: *m\nc: &r [*r]\n");
        assertEquals(List.of("f.yaml:1:14 duplicate key 'k' (first given at f.yaml:1:8)"), summaries());
    }

    @Test
    void aKeyThatIsAListIsAnError() {
        compose("[a, b]: 1\n");
        assertEquals(List.of("f.yaml:1:1 keys must be plain words, not lists or mappings (write 'word: value')"), summaries());
    }

    @Test
    void anEmptyTextIsANullDocumentNotAFailure() {
        Node root = compose("# only a comment\n").orElseThrow();
        assertTrue(YamlNodes.isNull(root));
        assertEquals(List.of(), out);
    }

    @Test
    void partOfAFileIsPositionedInTheFile() {
        String file = "---\ntitle: T\ntitle: U\n---\nbody\n";
        YamlSource.within("p.md", "title: T\ntitle: U", 2, SourceLines.of(file)).compose(out);
        assertEquals("p.md:3:1", out.get(0).span().location());
        assertEquals("title: U", out.get(0).sourceLine());
    }

    @Test
    void nestingIsBoundedAtTheOpeningBracket() {
        compose("x: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n");
        assertEquals(List.of("f.yaml:1:" + (3 + BoundedCompose.MAX_DEPTH) + " YAML nested deeper than 24 levels"
                + " (write it flatter: front matter, site.yaml and data files need only a few levels)"), summaries());
    }

    @Test
    void aliasesOfCollectionsAreCountedAndAliasesOfValuesAreFree() {
        StringBuilder values = new StringBuilder("v: &v 1\nlist: [");
        StringBuilder lists = new StringBuilder("l: &l [1]\nlist: [");
        for (int i = 0; i < 100; i++) {
            values.append(i == 0 ? "*v" : ", *v");
            lists.append(i == 0 ? "*l" : ", *l");
        }
        assertTrue(compose(values + "]\n").isPresent());
        assertEquals(List.of(), out);
        assertTrue(compose(lists + "]\n").isEmpty());
        assertEquals(List.of("f.yaml:2:" + (8 + 4 * BoundedCompose.MAX_COLLECTION_ALIASES)
                + " too many aliases of lists or mappings (more than 50) (write the values out; few or no aliases are needed)"),
                summaries());
    }

    @Test
    void anOversizedTextIsRefusedBeforeParsing() {
        compose("a: " + "x".repeat(BoundedCompose.MAX_CHARACTERS));
        assertEquals(List.of("f.yaml:1:1 YAML longer than 2,000,000 characters (split it up, or move long text into the page body)"),
                summaries());
    }

    @Test
    void aLoneSurrogateAtTheReadersBufferEdgeIsAnErrorNotACrash() {
        // Found by fuzzing: snakeyaml-engine 2.10 overruns its 1024-char buffer here.
        assertTrue(compose("a".repeat(1024) + "\uDB6D").isEmpty());
        assertEquals("f.yaml:1:1", out.get(0).span().location());
        assertTrue(out.get(0).message().startsWith("invalid YAML: "), out.get(0).message());
    }

    private List<String> summaries() {
        return out.stream().map(d -> d.span().location() + " " + d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")")).toList();
    }
}
