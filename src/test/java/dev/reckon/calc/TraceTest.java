package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a value was computed from: data figures, the document's definitions, library formulas. */
class TraceTest {
    private final Session session = TestData.calculator(TestData.llama70b()).newSession();

    private Trace traceOf(String spec) {
        return session.traced(() -> session.value(spec, Origin.inline(spec))).trace();
    }

    private static List<String> names(Trace t) {
        return t.figures().stream().map(FigureUse::name).toList();
    }

    @Test
    void aDataPathIsOneFigureWithItsValueAndProvenance() {
        Trace t = traceOf("h200.memory");
        assertEquals(List.of("h200_sxm.memory"), names(t));
        FigureUse memory = t.figures().get(0);
        assertEquals("141\u00A0GB", memory.valueText());
        assertEquals("https://example.com/datasheet", memory.datum().provenance().source());
        assertEquals(List.of(), t.definitions());
    }

    @Test
    void namesCarryTheFiguresAndDefinitionsTheyWereMadeFrom() {
        session.runBlock("""
                params = llama31_405b.params
                weights = params * fp32.bytes   # all weights
                unused = h100.memory
                """, Origin.inline(""));
        Trace t = traceOf("weights -> TB | sig 2");
        assertEquals(List.of("llama31_405b.params", "fp32.bytes"), names(t));
        assertEquals(List.of("params = llama31_405b.params", "weights = params * fp32.bytes"), t.definitions());
    }

    @Test
    void functionsOverRecordsAndTheLibraryAreFollowed() {
        session.runBlock("""
                kv(m, f) = 2 * m.layers * m.kv_heads * m.head_dim * f.bytes
                """, Origin.inline(""));
        Trace own = traceOf("kv(llama31_70b, bf16)");
        assertEquals(List.of("llama31_70b.layers", "llama31_70b.kv_heads", "llama31_70b.head_dim", "bf16.bytes"), names(own));
        assertEquals(List.of("kv(m, f) = 2 * m.layers * m.kv_heads * m.head_dim * f.bytes"), own.definitions());
        Trace library = traceOf("train_flops(llama31_405b.params, 15.6e12 token)");
        assertTrue(names(library).contains("llama31_405b.params"), names(library).toString());
        assertEquals("kaplan2020", library.citations().get(0).key());
    }

    @Test
    void nestedTracesAddUpAndTablesTraceEachCell() {
        Session.Traced<Trace> outer = session.traced(() -> {
            traceOf("h100.memory");
            return traceOf("h200.bandwidth");
        });
        assertEquals(List.of("h200_sxm.bandwidth"), names(outer.result()));
        assertEquals(List.of("h100_sxm.memory", "h200_sxm.bandwidth"), names(outer.trace()));
        Table table = session.table("rows: h100, h200\nGPU: row.name\nMemory: row.memory -> GB", Origin.inline(""));
        assertEquals(List.of("h100_sxm", "h200_sxm"), table.rowIds());
        assertEquals(List.of("h200_sxm.memory"), names(table.traces().get(1).get(1)));
        assertEquals(List.of(), names(table.traces().get(1).get(0)));
        assertEquals("Memory: row.memory -> GB", table.columns().get(1).spec());
    }
}
