package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reckon.data.DataRecord;
import dev.reckon.data.DataSet;
import dev.reckon.data.DataSetLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled model records computed with, through the real engine: the published compute agrees
 * with 6·N·D, KV-cache sizes match the worked values of the hardware reference (GQA and MLA), and
 * the architecture figures agree with the attention kind and MoE layout each record claims.
 */
class BundledModelsTest {
    private static final DataSet DATA = DataSetLoader.bundled();
    private static final Calculator CALCULATOR = new Calculator(DATA);

    private static double eval(String expr) {
        return CALCULATOR.newSession().evaluate(expr, Origin.inline(expr)).value();
    }

    private static List<DataRecord> models() {
        List<DataRecord> out = new ArrayList<>();
        for (DataRecord r : DATA.records()) {
            if (r.kind().equals("model")) {
                out.add(r);
            }
        }
        return out;
    }

    /** Gopher is left out on purpose: its 5.76e23 is the Chinchilla budget, 14 % above 6·N·D. */
    @ParameterizedTest
    @CsvSource({"gpt3", "llama31_405b", "chinchilla", "palm_540b", "falcon_40b"})
    void publishedComputeIsWithinFivePercentOfSixND(String id) {
        double sixNd = eval("6 * " + id + ".params * " + id + ".tokens * 1 FLOP/(param*token)");
        double published = eval(id + ".train_flops");
        assertEquals(1.0, published / sixNd, 0.05, id + ": published " + published + " vs 6ND " + sixNd);
    }

    /** Bytes per token in BF16: 2 (K and V) · layers · kv_heads · head_dim · 2 B (hardware-data.md §2). */
    @ParameterizedTest
    @CsvSource({"gpt3, 4718592", "llama2_7b, 524288", "llama2_70b, 327680", "llama31_405b, 516096",
            "mistral_7b, 131072", "chinchilla, 2621440"})
    void kvCachePerTokenOfMultiAndGroupedQueryModels(String id, long bytes) {
        assertEquals(bytes, eval("2 * " + id + ".layers * " + id + ".kv_heads * " + id + ".head_dim * 2 B"), 0.5, id);
    }

    /** MLA caches one latent plus one RoPE key per layer: (512 + 64) · 61 · 2 B = 70,272 B, DeepSeek's "70 KB". */
    @Test
    void kvCachePerTokenOfDeepSeekMla() {
        for (String id : List.of("deepseek_v3", "deepseek_r1")) {
            assertEquals(70272, eval(id + ".layers * (" + id + ".kv_lora_rank + " + id + ".qk_rope_head_dim) * 2 B"), 0.5, id);
        }
    }

    @Test
    void theDataSetHasAtLeastThirtyModels() {
        assertTrue(models().size() >= 30, "only " + models().size() + " models");
    }

    @Test
    void kvHeadsAgreeWithTheAttentionKind() {
        int checked = 0;
        for (DataRecord r : models()) {
            String kind = r.info().getOrDefault("attention", "");
            if (kind.startsWith("MLA")) {
                assertTrue(r.data().containsKey("kv_lora_rank"), r.id() + ": MLA without kv_lora_rank");
                assertFalse(r.data().containsKey("kv_heads"), r.id() + ": MLA has no key/value heads");
                checked++;
                continue;
            }
            if (!r.data().containsKey("kv_heads")) {
                continue;
            }
            double heads = eval(r.id() + ".heads");
            double kv = eval(r.id() + ".kv_heads");
            assertEquals(0.0, heads % kv, 0.0, r.id() + ": heads must be a multiple of kv_heads");
            if (kind.startsWith("MHA")) {
                assertEquals(heads, kv, 0.0, r.id());
            } else if (kind.startsWith("MQA")) {
                assertEquals(1.0, kv, 0.0, r.id());
            } else if (kind.startsWith("GQA")) {
                assertTrue(kv > 1 && kv < heads, r.id() + ": GQA needs 1 < kv_heads < heads");
            } else {
                throw new AssertionError(r.id() + ": kv_heads without info.attention MHA/GQA/MQA");
            }
            checked++;
        }
        assertTrue(checked >= 30, "checked only " + checked);
    }

    @Test
    void mixtureOfExpertsFiguresAreComplete() {
        int moe = 0;
        for (DataRecord r : models()) {
            if (!r.data().containsKey("experts")) {
                assertFalse(r.data().containsKey("active_params"), r.id() + ": active_params without experts");
                continue;
            }
            moe++;
            for (String f : List.of("active_params", "experts_per_token", "shared_experts")) {
                assertTrue(r.data().containsKey(f), r.id() + " lacks " + f);
            }
            assertTrue(eval(r.id() + ".active_params") < eval(r.id() + ".params"), r.id());
            assertTrue(eval(r.id() + ".experts_per_token") < eval(r.id() + ".experts"), r.id());
        }
        assertTrue(moe >= 7, "only " + moe + " MoE models");
    }

    /** Where a run's device-hours were derived, they equal chips × duration. */
    @ParameterizedTest
    @CsvSource({"gopher", "bloom"})
    void deviceHoursMatchChipsTimesDuration(String id) {
        double hours = eval(id + ".train.gpu_hours");
        double fromRun = eval(id + ".train.chips * " + id + ".train.duration");
        assertEquals(1.0, fromRun / hours, 0.01, id);
    }

    /**
     * Every training device names an accelerator record. The ids in PENDING come with the
     * accelerator records of the data-hw branch; once it is merged this set must be empty.
     */
    @Test
    void trainHardwareNamesAnAccelerator() {
        Set<String> pending = Set.of("h800", "a100_sxm_40gb", "v100_sxm2_32gb", "tpu_v3");
        for (DataRecord r : models()) {
            String hw = r.info().get("train_hardware");
            if (hw == null) {
                continue;
            }
            var found = DATA.find(hw);
            if (found.isPresent()) {
                assertEquals("accelerator", found.get().kind(), r.id() + ": " + hw);
            } else {
                assertTrue(pending.contains(hw), r.id() + ": no accelerator '" + hw + "'");
            }
        }
    }
}
