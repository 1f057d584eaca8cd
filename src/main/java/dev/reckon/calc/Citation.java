package dev.reckon.calc;

/**
 * Where a library formula comes from, machine-readable so a page can cite it.
 *
 * @param key     a stable BibTeX-style key, e.g. {@code kaplan2020}
 * @param authors as the paper lists them, shortened with "et al." after a few
 * @param url     the paper's arXiv or DOI address, or the article's
 */
public record Citation(String key, String authors, int year, String title, String url) {

    /** "Kaplan et al. (2020), Scaling Laws for Neural Language Models, https://arxiv.org/abs/2001.08361". */
    public String text() {
        return authors + " (" + year + "), " + title + ", " + url;
    }

    static final Citation KAPLAN_2020 = new Citation("kaplan2020", "Kaplan, McCandlish, Henighan, Brown, Chess, Child, Gray, Radford, Wu, Amodei",
            2020, "Scaling Laws for Neural Language Models", "https://arxiv.org/abs/2001.08361");
    static final Citation HOFFMANN_2022 = new Citation("hoffmann2022", "Hoffmann, Borgeaud, Mensch, Buchatskaya, Cai, Rutherford, et al.",
            2022, "Training Compute-Optimal Large Language Models", "https://arxiv.org/abs/2203.15556");
    static final Citation RAJBHANDARI_2019 = new Citation("rajbhandari2019", "Rajbhandari, Rasley, Ruwase, He",
            2019, "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", "https://arxiv.org/abs/1910.02054");
    static final Citation KORTHIKANTI_2022 = new Citation("korthikanti2022", "Korthikanti, Casper, Lym, McAfee, Andersch, Shoeybi, Catanzaro",
            2022, "Reducing Activation Recomputation in Large Transformer Models", "https://arxiv.org/abs/2205.05198");
    static final Citation CHEN_2022 = new Citation("chen2022", "Chen (kipply)",
            2022, "Transformer Inference Arithmetic", "https://kipp.ly/transformer-inference-arithmetic/");
    static final Citation AINSLIE_2023 = new Citation("ainslie2023", "Ainslie, Lee-Thorp, de Jong, Zemlyanskiy, Lebrón, Sanghai",
            2023, "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints", "https://arxiv.org/abs/2305.13245");
    static final Citation DEEPSEEK_2024 = new Citation("deepseek2024", "DeepSeek-AI",
            2024, "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", "https://arxiv.org/abs/2405.04434");
    static final Citation WILLIAMS_2009 = new Citation("williams2009", "Williams, Waterman, Patterson",
            2009, "Roofline: An Insightful Visual Performance Model for Multicore Architectures", "https://doi.org/10.1145/1498765.1498785");
    static final Citation CHOWDHERY_2022 = new Citation("chowdhery2022", "Chowdhery, Narang, Devlin, et al.",
            2022, "PaLM: Scaling Language Modeling with Pathways", "https://arxiv.org/abs/2204.02311");
    static final Citation ANTHONY_2023 = new Citation("anthony2023", "Anthony, Biderman, Schoelkopf",
            2023, "Transformer Math 101", "https://blog.eleuther.ai/transformer-math/");
}
