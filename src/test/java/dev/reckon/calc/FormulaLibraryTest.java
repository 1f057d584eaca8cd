package dev.reckon.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formula library, checked against the numbers of the reference note (hardware-data.md §2, §4, §5):
 * Llama 3.1 405B's 6ND = 3.79e25, 327,680 B of KV cache per token for Llama 3.1 70B, 70,272 B for
 * DeepSeek-V3's MLA, 29 ms per token to read a 70B model in 16 bits from an H200, its 206 FLOP/B ridge.
 */
class FormulaLibraryTest {
    private static Calculator calculator() {
        return TestData.calculator(TestData.llama70b(),
                TestData.record("llama31_405b_full", "model", "Llama 3.1 405B", List.of("llama405b"), "data/llama.yaml",
                        "params", "405e9 param", "tokens", "15.6e12 token", "layers", "126", "hidden", "16384", "heads", "128",
                        "kv_heads", "8", "head_dim", "128"),
                TestData.record("deepseek_v3", "model", "DeepSeek-V3", List.of(), "data/deepseek.yaml",
                        "params", "671e9 param", "active_params", "37e9 param", "tokens", "14.8e12 token", "layers", "61",
                        "hidden", "7168", "heads", "128", "kv_lora_rank", "512", "qk_rope_head_dim", "64"),
                TestData.record("chinchilla", "model", "Chinchilla", List.of(), "data/chinchilla.yaml", "params", "70e9 param"),
                TestData.record("fp16", "format", "FP16", List.of(), "data/formats.yaml", "bytes", "2 B/param"),
                TestData.record("fp8", "format", "FP8", List.of(), "data/formats.yaml", "bytes", "1 B/param"));
    }

    private final Session session = calculator().newSession();

    private String value(String spec) {
        return TestData.plain(session.value(spec, Origin.inline(spec)).text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            train_flops(llama405b)                                      ; 3.79 × 10²⁵ FLOP
            train_flops(405e9 param, 15.6e12 token)                     ; 3.79 × 10²⁵ FLOP
            train_flops(deepseek_v3)                                    ; 3.29 × 10²⁴ FLOP
            inference_flops(llama31_70b)                                ; 1.4 × 10¹¹ FLOP/token
            inference_flops(70e9 param)                                 ; 1.4 × 10¹¹ FLOP/token
            weights(llama405b, fp8)                                     ; 405 GB
            weights(llama31_70b, bf16)                                  ; 140 GB
            adam_state(llama405b)                                       ; 6.48 TB
            adam_state(70e9 param)                                      ; 1.12 TB
            kv_cache(llama31_70b, bf16)                                 ; 327,680 B/token
            kv_cache(llama31_70b, bf16) -> KiB/token                    ; 320 KiB/token
            kv_cache(llama31_70b, bf16, 128Ki token)                    ; 42.9 GB
            kv_cache(llama31_70b, bf16, 128k token)                     ; 41.9 GB
            kv_cache(llama31_70b, bf16, llama31_70b.context)            ; 42.9 GB
            kv_cache(llama31_70b, bf16) * llama31_70b.context           ; 42.9 GB
            kv_cache(deepseek_v3, bf16)                                 ; 70,272 B/token
            kv_cache(deepseek_v3, bf16, 128Ki token) -> GiB             ; 8.58 GiB
            activations(llama31_70b, 2048 token, 1)                     ; 1.91 GB
            activations_selective(llama31_70b, 2048 token, 1)           ; 570 MB
            activations_full(llama31_70b, 2048 token, 1)                ; 33.6 MB
            chinchilla_tokens(chinchilla)                               ; 1.4 × 10¹² tokens
            chinchilla_tokens(70e9 param)                               ; 1.4 × 10¹² tokens
            decode_time(llama31_70b, fp16, h200)                        ; 29.2 ms
            ridge_point(h200.bf16.dense, h200.bandwidth)                ; 206 FLOP/B
            roofline(h200.bf16.dense, h200.bandwidth, 100 FLOP/B)       ; 480 TFLOP/s
            roofline(h200.bf16.dense, h200.bandwidth, 1000 FLOP/B)      ; 990 TFLOP/s
            arithmetic_intensity(2e12 FLOP, 1 GB)                       ; 2,000 FLOP/B
            mfu(15.6e12 token / (30.84e6 * 1 h), llama405b, 989.5 TFLOP/s) -> % ; 34.5%
            mfu(130..150 token/s, llama405b, 989.5 TFLOP/s) -> %        ; 31.9–36.8%
            train_time(llama405b, 989.5 TFLOP/s, 16384 GPU, 38..43 %)   ; 62.9–71.2 days
            train_time(llama405b, 989.5 TFLOP/s, 16384, 40 %)           ; 67.7 days
            """)
    void formulasGiveTheReferenceNumbers(String spec, String expected) {
        assertEquals(expected, value(spec));
    }

    @Test
    void anEquationShowsTheFormulasOwnForm() {
        assertEquals("\\operatorname{train\\_flops}\\left(\\text{Llama 3.1 405B}\\right) = 6\\,N\\,D"
                        + " = 6 \\times 4.05 \\times 10^{11}\\,\\text{params} \\times 1.56 \\times 10^{13}\\,\\text{tokens}"
                        + " = 3.7908 \\times 10^{25}\\,\\text{FLOP} \\approx 3.79 \\times 10^{25}\\,\\text{FLOP}",
                session.equation("train_flops(llama405b)", Origin.inline("")));
        session.runBlock("t = train_flops(llama405b)", Origin.inline("t = train_flops(llama405b)"));
        assertTrue(session.equation("t | symbolic", Origin.inline("")).startsWith(
                "\\mathrm{t} = \\operatorname{train\\_flops}\\left(\\text{Llama 3.1 405B}\\right) = 6\\,N\\,D = 3.79"));
        assertEquals("\\operatorname{kv\\_cache}\\left(\\text{DeepSeek-V3}, \\text{BF16}\\right) = (d_c + d^R_h)\\,L\\,b\\text{ per token}"
                        + " = \\left(512 + 64\\right) \\times 61 \\times 2\\,\\text{B/param}"
                        + " = 70{,}272\\,\\text{B/token}",
                session.equation("kv_cache(deepseek_v3, bf16)", Origin.inline("")));
    }

    @Test
    void citationsAreMachineReadable() {
        session.runBlock("c = train_flops(llama405b)\nmy(m) = decode_time(m, fp16, h200)", Origin.inline("c = train_flops(llama405b)"));
        assertEquals(List.of("kaplan2020", "hoffmann2022"),
                session.citations("c / (989.5 TFLOP/s)", Origin.inline("")).stream().map(Citation::key).toList());
        assertEquals(List.of("williams2009", "chen2022"),
                session.citations("my(llama31_70b)", Origin.inline("")).stream().map(Citation::key).toList());
        Citation kaplan = session.citations("train_flops(1 param, 1 token)", Origin.inline("")).get(0);
        assertEquals("https://arxiv.org/abs/2001.08361", kaplan.url());
        assertEquals(2020, kaplan.year());
    }

    @Test
    void mistakesAreAtTheArgument() {
        assertEquals("train_flops takes 1 or 2 arguments, got 3", message("train_flops(1, 2, 3)"));
        assertEquals("write train_flops(model) or train_flops(N, D)", hint("train_flops(1, 2, 3)"));
        assertEquals("weights expects a data record as its second argument (format)", message("weights(llama405b, 2 B/param)"));
        assertEquals("train_flops expects D in token, got B (information)", message("train_flops(1 param, 2 B)"));
        assertEquals("'h200' (H200 SXM) has no figure 'active_params', which train_flops needs", message("train_flops(h200)"));
        assertEquals("kv_cache expects a count for context, got s (time)", message("kv_cache(llama31_70b, bf16, 3 s)"));
        assertEquals("activations expects a count for seq, got a negative number", message("activations(llama31_70b, -1, 1)"));
    }

    @Test
    void aDocumentsOwnFunctionOfTheSameNameWins() {
        session.runBlock("weights(m, f) = 2 * m.params * f.bytes", Origin.inline("weights(m, f) = 2 * m.params * f.bytes"));
        assertEquals("280 GB", value("weights(llama31_70b, bf16)"));
    }

    @Test
    void theListingNamesEverySourceAndAssumption() {
        String listing = Library.listing();
        for (Formula f : Library.all()) {
            assertTrue(listing.contains(f.signature()), f.signature());
            f.sources().forEach(c -> assertTrue(listing.contains(c.url()), c.url()));
        }
        assertTrue(listing.contains("train_flops(model)"));
        assertTrue(listing.contains("Kaplan, McCandlish"));
    }

    private String message(String spec) {
        return assertThrows(CalcException.class, () -> value(spec)).diagnostic().message();
    }

    private String hint(String spec) {
        return assertThrows(CalcException.class, () -> value(spec)).diagnostic().hint();
    }
}
