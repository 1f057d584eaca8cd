package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CalcCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void evaluatesAgainstTheDataSet() {
        String[] r = run("calc", "gpt3.train_flops / h200.bf16.dense -> years");
        assertEquals("0", r[0], r[2]);
        assertEquals("10.1 years\n", r[1]);
    }

    @Test
    void groupWithoutDenseOrSparseIsAPositionedError() {
        String[] r = run("calc", "gpt3.train_flops / h200.bf16 -> years");
        assertEquals("1", r[0]);
        assertEquals("""
                error: 'h200.bf16' is a group of figures, not one figure
                 --> <input>:1:20
                  |
                1 | gpt3.train_flops / h200.bf16 -> years
                  |                    ^^^^^^^^^
                  = hint: h200.bf16 is dense or sparse: choose h200.bf16.dense (989.5 TFLOP/s) or h200.bf16.sparse (1,979 TFLOP/s)
                1 error
                """, r[2]);
    }

    @Test
    void linesFromStandardInputKeepDefinitionsAndReportErrors() {
        var stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("w = gpt3.params * fp16.bytes\nw -> GB\nh20.memory\n".getBytes()));
            String[] r = run("calc");
            assertEquals("1", r[0]);
            assertEquals("350 GB\n350 GB\n", r[1]);
            assertEquals(true, r[2].contains("--> <stdin>:3:1") && r[2].contains("did you mean 'h200'?"), r[2]);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void functionsListsTheFormulaLibraryWithSources() {
        String[] r = run("calc", "--functions");
        assertEquals("0", r[0], r[2]);
        assertEquals(true, r[1].contains("train_flops(model)\ntrain_flops(N, D)\n"), r[1]);
        assertEquals(true, r[1].contains("https://arxiv.org/abs/2001.08361"), r[1]);
        String[] v = run("calc", "train_flops(llama31_405b)");
        assertEquals("3.79 × 10²⁵ FLOP\n", v[1], v[2]);
    }

    @Test
    void dataListsRecords() {
        String[] r = run("data", "h200");
        assertEquals("0", r[0], r[2]);
        assertEquals(true, r[1].startsWith("h200_sxm: NVIDIA H200 SXM"), r[1]);
    }
}
