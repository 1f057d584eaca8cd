package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Exact diagnostics as the author sees them: message, location, caret and hint. */
class ErrorSnapshotTest {
    private final Session session = TestData.calculator().newSession();

    /** Places the spec inside a prose line as `{spec}` at column 6, the way the Markdown stage will. */
    private String error(String spec) {
        String line = "Text {" + spec + "} end";
        Origin origin = Origin.of("post.md", 30, 7, line);
        return assertThrows(CalcException.class, () -> session.value(spec, origin)).render();
    }

    @Test
    void dimensionMismatchNamesBothSides() {
        session.runBlock("weights = 405e9 param * 4 B/param\nt = 3 s", Origin.of("post.md", 1, 1, "weights = 405e9 param * 4 B/param"));
        assertEquals("""
                error: cannot add B (information) and s (time)
                  --> post.md:30:7
                   |
                30 | Text {weights + t} end
                   |       ^^^^^^^^^^^
                   = hint: convert one side, or check the units of 't'
                """, error("weights + t"));
    }

    @Test
    void flopAndOpDoNotMix() {
        assertEquals("""
                error: cannot add OP/s (integer throughput) and FLOP/s (compute throughput)
                  --> post.md:30:7
                   |
                30 | Text {h200.int8.dense + h200.bf16.dense} end
                   |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                   = hint: convert one side, or check the units of 'h200.bf16.dense'
                """, error("h200.int8.dense + h200.bf16.dense"));
    }

    @Test
    void groupMustBeResolvedExplicitly() {
        assertEquals("""
                error: 'h200.bf16' is a group of figures, not one figure
                  --> post.md:30:7
                   |
                30 | Text {h200.bf16} end
                   |       ^^^^^^^^^
                   = hint: h200.bf16 is dense or sparse: choose h200.bf16.dense (989.5\u00A0TFLOP/s) or h200.bf16.sparse (1,979\u00A0TFLOP/s)
                """, error("h200.bf16"));
    }

    @Test
    void unknownRecordSuggestsClosestId() {
        assertEquals("""
                error: unknown data record 'h20'
                  --> post.md:30:7
                   |
                30 | Text {h20.memory} end
                   |       ^^^
                   = hint: did you mean 'h200'?
                """, error("h20.memory"));
    }

    @Test
    void unknownFieldListsTheRecordsFields() {
        assertEquals("""
                error: 'h100' (H100 SXM) has no figure 'memroy'
                  --> post.md:30:12
                   |
                30 | Text {h100.memroy} end
                   |            ^^^^^^
                   = hint: did you mean 'h100.memory'? 'h100' has memory, bandwidth, bf16.dense, bf16.sparse, tdp, name
                """, error("h100.memroy"));
    }

    @Test
    void unknownNameSuggestsUserName() {
        session.runBlock("weights = 1 TB", Origin.of("post.md", 1, 1, "weights = 1 TB"));
        assertEquals("""
                error: unknown name 'weigths'
                  --> post.md:30:7
                   |
                30 | Text {weigths} end
                   |       ^^^^^^^
                   = hint: did you mean 'weights'?
                """, error("weigths"));
    }

    @Test
    void parseErrorPointsAtTheOffendingToken() {
        assertEquals("""
                error: expected ')', found end of input
                  --> post.md:30:13
                   |
                30 | Text {(1 + 2} end
                   |             ^
                   = hint: close the parenthesis opened earlier
                """, error("(1 + 2"));
        assertEquals("""
                error: unexpected character '@'
                  --> post.md:30:9
                   |
                30 | Text {2 @ 3} end
                   |         ^
                   = hint: expressions use numbers, names, units and + - * / ^ ( ) ->
                """, error("2 @ 3"));
    }

    @Test
    void ambiguousLowercaseBitIsRejected() {
        assertEquals("""
                error: unknown unit 'Mb'
                  --> post.md:30:9
                   |
                30 | Text {1 Mb} end
                   |         ^^
                   = hint: lowercase 'b' is ambiguous: write Mbit for bits or MB for bytes
                """, error("1 Mb"));
    }

    @Test
    void incompatibleConversionNamesBothDimensions() {
        assertEquals("""
                error: cannot convert B (information) to s (time)
                  --> post.md:30:15
                   |
                30 | Text {1 TB -> s} end
                   |               ^
                   = hint: '1 TB' is B (information); convert it to a unit of that dimension
                """, error("1 TB -> s"));
    }

    @Test
    void unknownOptionListsValidOnes() {
        assertEquals("""
                error: unknown option 'sag'
                  --> post.md:30:14
                   |
                30 | Text {1 TB | sag 2} end
                   |              ^^^
                   = hint: valid options are: sig N, dp N, sci, exact, words, symbolic
                """, error("1 TB | sag 2"));
    }

    @Test
    void errorInsideAFigureIsReportedAtItsDataFile() {
        assertEquals("""
                error: unknown unit 'parm'
                  --> data/broken.yaml:10:14
                   |
                10 |   params: 12 parm
                   |              ^^^^
                   = hint: did you mean 'param'?
                """, error("broken.params"));
    }

    @Test
    void overflowAndDivisionByZeroAreErrorsNotInfinity() {
        assertEquals("""
                error: division by zero
                  --> post.md:30:11
                   |
                30 | Text {1 / 0} end
                   |           ^
                   = hint: '0' is zero
                """, error("1 / 0"));
        assertEquals("result overflows", assertThrows(CalcException.class,
                () -> session.value("1e200 * 1e200", Origin.inline("1e200 * 1e200"))).diagnostic().message());
        assertEquals("result overflows", assertThrows(CalcException.class,
                () -> session.value("0 ^ -1", Origin.inline(""))).diagnostic().message());
    }
}
