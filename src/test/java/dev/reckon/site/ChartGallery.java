package dev.reckon.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chart part of the browser layout test: a post of charts at their most crowded (several series, bands,
 * five accelerators under one roof, long titles), built with the default theme and published beside the
 * example site, and a measurement the harness takes in each frame: the rendered size of every piece of chart
 * text, text boxes that meet, text outside its chart or a marker label outside the plot, and charts wider
 * than their column.
 */
final class ChartGallery {
    static final String PATH = "/blog/chart-gallery/";
    /** Chart text must read on a phone: issue 18 asks for 11 CSS px at least. */
    private static final double MIN_FONT_PX = 11;
    private static final String POST = """
            ---
            title: Chart gallery
            date: 2025-01-01
            description: Charts at their most crowded, for the browser layout test.
            ---

            ```chart
            type: roofline
            title: Five accelerators in dense BF16, three of them under one compute roof
            x: I from 1 FLOP/B to 10000 FLOP/B, log
            x-label: Arithmetic intensity I
            roof: H200: h200.bf16.dense, h200.bandwidth
            roof: H100: h100.bf16.dense, h100.bandwidth
            roof: H200 NVL: h200_nvl.bf16.dense, h200_nvl.bandwidth
            roof: B200: b200.bf16.dense, b200.bandwidth
            roof: MI300X: mi300x.bf16.dense, mi300x.bandwidth
            ```

            ```chart
            type: line
            title: KV cache of Llama 3.1 70B, BF16 against FP8
            x: T from 1000 token to 128000 token, log
            y: BF16 weights and cache: 2 * llama31_70b.layers * llama31_70b.kv_heads * llama31_70b.head_dim * T / 1 token * 2 B, log
            y: FP8 weights and cache: 2 * llama31_70b.layers * llama31_70b.kv_heads * llama31_70b.head_dim * T / 1 token * 1 B, log
            y: FP4: 2 * llama31_70b.layers * llama31_70b.kv_heads * llama31_70b.head_dim * T / 1 token * 0.5 B, log
            x-label: Context length T, in tokens of prompt and generated text together
            y-label: KV cache per sequence, keys and values of every layer
            ```

            ```chart
            type: line
            title: Time to train Llama 3.1 405B on H100s at 38-43 % MFU
            x: n from 1000 to 100000, log
            y: Time: llama31_405b.train_flops / (n * h100.bf16.dense * 38..43 %), log, unit days
            x-label: GPUs
            ```

            ```chart
            type: roofline
            title: A sustained roof as a band beside the datasheet roof
            x: I from 1 FLOP/B to 10000 FLOP/B, log
            roof: H100 datasheet: h100.bf16.dense, h100.bandwidth
            roof: H100 sustained: h100.bf16.dense * 60..80 %, h100.bandwidth * 80..90 %
            ```
            """;

    /**
     * A JavaScript expression over {@code doc} (a frame's document): {count, minFont, problems}. Boxes are
     * the browser's own, so this checks the real glyphs, not the layout's width estimates.
     */
    static final String MEASURE = """
            (() => {
              const problems = []; let minFont = null; let count = 0;
              const meet = (a, b) => a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
              const show = b => Math.round(b.left) + ',' + Math.round(b.top) + '-' + Math.round(b.right) + ',' + Math.round(b.bottom);
              const within = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
              for (const fig of doc.querySelectorAll('figure.chart')) {
                count++;
                const svg = fig.querySelector('svg.chart-svg');
                const name = svg.querySelector('title').textContent;
                const chart = svg.getBoundingClientRect();
                if (fig.scrollWidth > fig.clientWidth + 1 || chart.right > fig.getBoundingClientRect().right + 1) problems.push('wider than its column: ' + name);
                // A nested svg's client rect is its drawing's extent, not its viewport: take the viewport from its attributes.
                const inner = svg.querySelector('svg.chart-plot');
                const plotTop = chart.top + inner.y.baseVal.value;
                const plot = {left: chart.left, right: chart.right, top: plotTop, bottom: plotTop + inner.height.baseVal.value};
                const texts = [...svg.querySelectorAll('text')].map(t => ({t, box: t.getBoundingClientRect()}));
                for (const {t, box} of texts) {
                  const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                  minFont = minFont === null ? size : Math.min(minFont, size);
                  if (!within(box, chart)) problems.push('outside the chart: ' + t.textContent + ' at ' + show(box) + ' in ' + name + ' at ' + show(chart));
                  if (t.classList.contains('chart-marker-label') && !within(box, plot)) problems.push('outside the plot: ' + t.textContent + ' at ' + show(box) + ' in ' + name + ' at ' + show(plot));
                }
                for (let i = 0; i < texts.length; i++) for (let k = i + 1; k < texts.length; k++)
                  if (meet(texts[i].box, texts[k].box)) problems.push('overlap: ' + texts[i].t.textContent + ' at ' + show(texts[i].box) + ' / ' + texts[k].t.textContent + ' at ' + show(texts[k].box) + ' in ' + name);
              }
              return {count: count, minFont: minFont, problems: problems.map(p => p.split('"').join('').split('[').join('').split(']').join(''))};
            })()""";
    private static final Pattern CHARTS = Pattern.compile("\\{\"count\":(\\d+),\"minFont\":([\\d.]+|null),\"problems\":\\[(.*?)]}");

    private ChartGallery() {
    }

    /** Builds the gallery post with the default theme and publishes its page inside {@code out}. */
    static void buildInto(Path site, Path out) throws IOException {
        TestSites.themedSite(site, Files.readString(TestSites.REPO.resolve("content/site.yaml")));
        Files.writeString(site.resolve("content/posts/chart-gallery.md"), POST);
        Path built = site.resolve("public");
        TestSites.build(site, built);
        TestSites.copyTree(built.resolve(PATH.substring(1)), out.resolve(PATH.substring(1)));
    }

    /** The frame's charts, measured by {@link #MEASURE}, are legible: text big enough, nothing overlapping or outside. */
    static void assertChartsLegible(String frameId, String result) {
        Matcher m = Pattern.compile("\"charts " + Pattern.quote(frameId) + "\":" + CHARTS.pattern()).matcher(result);
        assertTrue(m.find(), frameId + ": charts not measured: " + result);
        if (frameId.endsWith(PATH)) {
            assertEquals("4", m.group(1), frameId + ": the gallery's charts");
        }
        if (!m.group(2).equals("null")) {
            assertTrue(Double.parseDouble(m.group(2)) >= MIN_FONT_PX, frameId + ": chart text is " + m.group(2) + " px");
        }
        assertEquals("", m.group(3), frameId + ": chart layout problems");
    }
}
