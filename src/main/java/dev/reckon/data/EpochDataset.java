package dev.reckon.data;

import java.util.List;

/**
 * What {@code reckon data import} takes from Epoch AI's two public data sets (CC BY 4.0): which
 * column becomes which figure, in which unit. Column names are Epoch's own, as in their CSV
 * downloads; where Epoch renamed a column, both spellings are listed. Epoch gives every bandwidth in
 * byte/s except {@code Internode bandwidth (bit/s)}, which is divided by 8 here; its throughput
 * figures are listed without sparsity, so they become {@code .dense} figures.
 *
 * <p>Columns left out on purpose: Epoch's {@code FP16 (half precision)} column holds vector FP16 for
 * some chips and tensor FP16 for others; {@code Training dataset size} counts datapoints (words,
 * images, tokens), not training tokens; derived columns (max performance, energy efficiency,
 * price-performance) are computed from the others.
 */
enum EpochDataset {
    HARDWARE("accelerator", "Data on Machine Learning Hardware", "https://epoch.ai/data/machine-learning-hardware",
            List.of("Hardware name", "Name of the hardware"), List.of("Link to datasheet"),
            List.of(
                    info("Manufacturer", "vendor"),
                    info("Release date", "launched"),
                    figure("Memory size per board (Byte)|Memory (bytes)", "memory", Conversion.BYTES, ""),
                    figure("Memory bandwidth (byte/s)", "bandwidth", Conversion.BYTES_PER_SECOND, ""),
                    figure("FP64 (double precision) performance (FLOP/s)", "fp64", Conversion.FLOP_PER_SECOND, ""),
                    figure("FP32 (single precision) performance (FLOP/s)", "fp32", Conversion.FLOP_PER_SECOND, ""),
                    figure("TF32 (TensorFloat-32) performance (FLOP/s)", "tf32.dense", Conversion.FLOP_PER_SECOND, Notes.DENSE),
                    figure("Tensor-FP16/BF16 performance (FLOP/s)", "bf16.dense", Conversion.FLOP_PER_SECOND, Notes.DENSE),
                    figure("FP8 performance (FLOP/s)", "fp8.dense", Conversion.FLOP_PER_SECOND, Notes.DENSE),
                    figure("FP4 performance (FLOP/s)", "fp4.dense", Conversion.FLOP_PER_SECOND, Notes.DENSE),
                    figure("INT8 performance (OP/s)", "int8.dense", Conversion.OP_PER_SECOND, Notes.DENSE),
                    figure("INT4 performance (OP/s)", "int4.dense", Conversion.OP_PER_SECOND, Notes.DENSE),
                    figure("TDP (W)", "tdp", Conversion.WATTS, ""),
                    figure("Intranode bandwidth (byte/s)", "scale_up.bidir", Conversion.BYTES_PER_SECOND,
                            "Epoch does not say the direction; NVLink and ICI figures are quoted as both directions summed"),
                    figure("Internode bandwidth (bit/s)", "scale_out.unidir", Conversion.BITS_PER_SECOND,
                            "Epoch gives bit/s, divided by 8; a NIC's port speed is per direction"),
                    figure("Release price (USD)", "price_launch", Conversion.USD, "")
                            .sourcedBy("Source for the price"))),

    MODELS("model", "Data on Notable AI Models", "https://epoch.ai/data/notable-ai-models",
            List.of("Model", "System"), List.of("Link"),
            List.of(
                    info("Organization", "developer"),
                    info("Publication date", "published"),
                    info("Training hardware", "train_hardware"),
                    figure("Parameters", "params", Conversion.PARAMS, ""),
                    figure("Training compute (FLOP)", "train_flops", Conversion.FLOP, "")
                            .estimated("Training compute lower bound", "Training compute upper bound"),
                    figure("Training time (hours)", "train.duration", Conversion.HOURS, ""),
                    figure("Hardware quantity", "train.chips", Conversion.CHIPS, ""),
                    figure("Training chip-hours", "train.gpu_hours", Conversion.CHIP_HOURS, ""),
                    figure("Hardware utilization (MFU)|Hardware utilization", "train.mfu", Conversion.FRACTION, "")));

    /** Notes shared by several columns (a holder class, since enum constants cannot read the enum's own constants). */
    private static final class Notes {
        static final String DENSE = "Epoch lists throughput without sparsity";
    }

    /** How a column's plain number becomes a figure in the engine's syntax. */
    enum Conversion {
        BYTES("B", Style.PREFIXED), BYTES_PER_SECOND("B/s", Style.PREFIXED), BITS_PER_SECOND("B/s", Style.PREFIXED),
        FLOP_PER_SECOND("FLOP/s", Style.PREFIXED), OP_PER_SECOND("OP/s", Style.PREFIXED), WATTS("W", Style.PLAIN),
        USD("USD", Style.PLAIN), PARAMS("param", Style.ENGINEERING), FLOP("FLOP", Style.SCIENTIFIC),
        HOURS("h", Style.PLAIN), CHIPS("GPU", Style.PLAIN), CHIP_HOURS("GPU*h", Style.SCIENTIFIC),
        FRACTION("%", Style.PERCENT);

        enum Style { PREFIXED, PLAIN, ENGINEERING, SCIENTIFIC, PERCENT }

        final String unit;
        final Style style;

        Conversion(String unit, Style style) {
            this.unit = unit;
            this.style = style;
        }
    }

    /**
     * One imported column.
     *
     * @param headers      Epoch's names for it, newest first
     * @param target       a figure path, or an info key when {@code conversion} is null
     * @param sourceColumn a column naming this figure's own source (the price's), or null
     * @param bounds       lower and upper bound columns that make the figure a range, or null
     */
    record Column(List<String> headers, String target, Conversion conversion, String note, String sourceColumn,
                  List<String> bounds) {
        boolean isInfo() {
            return conversion == null;
        }

        Column sourcedBy(String column) {
            return new Column(headers, target, conversion, note, column, bounds);
        }

        Column estimated(String lower, String upper) {
            return new Column(headers, target, conversion, note, sourceColumn, List.of(lower, upper));
        }
    }

    final String kind;
    final String title;
    final String url;
    final List<String> nameHeaders;
    final List<String> citeHeaders;
    final List<Column> columns;

    EpochDataset(String kind, String title, String url, List<String> nameHeaders, List<String> citeHeaders,
            List<Column> columns) {
        this.kind = kind;
        this.title = title;
        this.url = url;
        this.nameHeaders = nameHeaders;
        this.citeHeaders = citeHeaders;
        this.columns = columns;
    }

    private static Column info(String header, String key) {
        return new Column(List.of(header), key, null, "", null, null);
    }

    private static Column figure(String headers, String path, Conversion c, String note) {
        return new Column(List.of(headers.split("\\|")), path, c, note, null, null);
    }
}
