package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TableAndDataTest {
    private final Calculator calc = TestData.calculator();
    private final Session session = calc.newSession();

    private static final String BODY = """
            rows: h100, h200_sxm
            GPU: row.name
            Memory: row.memory -> GB
            Compute/bandwidth: row.bf16.dense / row.bandwidth | sig 2
            """;

    @Test
    void tableEvaluatesEachColumnPerRow() {
        Table t = session.table(BODY, Origin.of("post.md", 50, 1, "rows: h100, h200_sxm"));
        assertEquals(List.of("GPU", "Memory", "Compute/bandwidth"), t.headers());
        assertEquals(List.of(false, true, true), t.numericColumns());
        assertEquals(List.of(
                List.of(new Rendered("H100 SXM", "\\text{H100 SXM}"), new Rendered("80\u00A0GB", "80\\,\\text{GB}"),
                        new Rendered("300\u00A0FLOP/B", "300\\,\\text{FLOP/B}")),
                List.of(new Rendered("H200 SXM", "\\text{H200 SXM}"), new Rendered("141\u00A0GB", "141\\,\\text{GB}"),
                        new Rendered("210\u00A0FLOP/B", "210\\,\\text{FLOP/B}"))), t.rows());
    }

    @Test
    void tableColumnsMayUseSessionNames() {
        session.runBlock("hours = 1000 h", Origin.inline("hours = 1000 h"));
        Table t = session.table("rows: h100\nEnergy: row.tdp * hours -> MWh | sig 2", Origin.inline("rows: h100"));
        assertEquals("0.70\u00A0MWh", t.rows().get(0).get(0).text());
    }

    @Test
    void tableErrorsPointAtTheRightLineAndColumn() {
        CalcException e = assertThrows(CalcException.class, () -> session.table(
                "rows: h100, h200\nGPU: row.name\nMemory: row.memry -> GB\n", Origin.of("post.md", 50, 1, "rows: h100, h200")));
        assertEquals("post.md:52:13", e.diagnostic().span().location());
        assertEquals("Memory: row.memry -> GB", e.diagnostic().sourceLine());
        assertEquals("'row' (H100 SXM) has no figure 'memry'", e.diagnostic().message());

        CalcException unknownRow = assertThrows(CalcException.class, () -> session.table(
                "rows: h100, h300\nGPU: row.name", Origin.of("post.md", 50, 1, "rows: h100, h300")));
        assertEquals("post.md:50:13", unknownRow.diagnostic().span().location());
        assertEquals("did you mean 'h100'?", unknownRow.diagnostic().hint());
    }

    @Test
    void tableNeedsRowsFirst() {
        CalcException e = assertThrows(CalcException.class, () -> session.table("GPU: row.name", Origin.inline("GPU: row.name")));
        assertEquals("a table starts with its rows", e.diagnostic().message());
    }

    @Test
    void recordsResolveByIdOrAlias() {
        assertEquals(session.evaluate("h200.memory", Origin.inline("")), session.evaluate("h200_sxm.memory", Origin.inline("")));
        assertEquals("Llama 3.1 405B", session.value("llama405.name", Origin.inline("")).text());
        assertEquals("NVIDIA", session.value("h200.vendor", Origin.inline("")).text());
    }

    @Test
    void textCannotBeUsedInArithmetic() {
        CalcException e = assertThrows(CalcException.class, () -> session.value("h200.name * 2", Origin.inline("h200.name * 2")));
        assertEquals("cannot use text in arithmetic: 'h200.name' is \"H200 SXM\"", e.diagnostic().message());
        assertThrows(CalcException.class, () -> session.evaluate("h200.name", Origin.inline("h200.name")));
    }

    @Test
    void figureErrorsAreReportedEveryTimeAtTheirDataLine() {
        for (int i = 0; i < 2; i++) {
            CalcException e = assertThrows(CalcException.class, () -> calc.newSession().evaluate("broken.params", Origin.inline("")));
            assertEquals("data/broken.yaml:10:14", e.diagnostic().span().location());
        }
    }

    /** Sessions on several threads share the figure cache; every thread must see the same numbers. */
    @Test
    void sessionsRunInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    Session s = calc.newSession();
                    s.runBlock("w = llama405.params * bf16.bytes\nt = gpt3.train_flops / h100.bf16.dense", Origin.inline(""));
                    return s.value("w", Origin.inline("")).text() + " " + s.value("t -> days", Origin.inline("")).text()
                            + " " + s.table(BODY, Origin.inline("")).rows().get(1).get(2).text();
                }));
            }
            for (Future<String> f : results) {
                assertEquals("810\u00A0GB 3.67\u00A0×\u00A010³\u00A0days 210\u00A0FLOP/B", f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
