package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17 item 6: user functions take whole records and read their figures; tables call them per row. */
class RecordFunctionsTest {
    private final Session session = TestData.calculator(TestData.llama70b()).newSession();

    private List<ListingLine> run(String block) {
        return session.runBlock(block, Origin.of("post.md", 1, 1, block.lines().findFirst().orElse("")));
    }

    private String value(String spec) {
        return TestData.plain(session.value(spec, Origin.inline(spec)).text());
    }

    @Test
    void aFunctionReadsTheFiguresOfTheRecordsItIsGiven() {
        run("kv_bytes(m, f) = 2 * m.layers * m.kv_heads * m.head_dim * f.bytes");
        // 2 × 80 × 8 × 128 × 2 B = 327,680 B per token (reference data, §2).
        assertEquals("328 kB", value("kv_bytes(llama31_70b, bf16)"));
        assertEquals("320 KiB", value("kv_bytes(llama70, bf16) -> KiB"));
        assertEquals("42.9 GB", value("kv_bytes(llama31_70b, bf16) * llama31_70b.context"));
    }

    @Test
    void aNameMayStandForARecord() {
        List<ListingLine> lines = run("model = llama31_70b\nweights = model.params * bf16.bytes");
        assertEquals("Llama 3.1 70B", lines.get(0).text());
        assertEquals("140\u00A0GB", lines.get(1).text());
    }

    @Test
    void functionsCallFunctionsWithRecords() {
        run("""
                weights(m, f) = m.params * f.bytes
                fits(m, f, gpu) = weights(m, f) / gpu.memory
                """);
        assertEquals("0.993", value("fits(llama31_70b, bf16, h200)"));
    }

    @Test
    void tablesCallThemPerRow() {
        run("per_token(m) = 2 * m.layers * m.kv_heads * m.head_dim * bf16.bytes");
        Table t = session.table("rows: llama31_70b\nModel: row.name\nKV per token: per_token(row) -> KiB",
                Origin.inline("rows: llama31_70b"));
        assertEquals("320\u00A0KiB", t.rows().get(0).get(1).text());
    }

    @Test
    void aRecordIsNeverANumber() {
        run("f(m) = m * 2");
        CalcException e = assertThrows(CalcException.class, () -> value("f(llama31_70b)"));
        assertEquals("'m' is a whole record, not a figure", e.diagnostic().message());
        e = assertThrows(CalcException.class, () -> value("llama31_70b"));
        assertEquals("'llama31_70b' is a whole record, not a figure", e.diagnostic().message());
        run("g(m) = m.layrs");
        e = assertThrows(CalcException.class, () -> value("g(llama31_70b)"));
        assertEquals("'m' (Llama 3.1 70B) has no figure 'layrs'", e.diagnostic().message());
        assertEquals("did you mean 'm.layers'? 'm' has params, layers, hidden, heads, kv_heads, head_dim, context, tokens, name",
                e.diagnostic().hint());
        run("n = 3");
        e = assertThrows(CalcException.class, () -> value("n.layers"));
        assertEquals("'n' is a number and has no fields", e.diagnostic().message());
    }
}
