package dev.reckon.check;

import dev.reckon.calc.CalcException;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.Dimension;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Quantity;
import dev.reckon.calc.Session;
import dev.reckon.data.DataRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every figure of the data set, evaluated once by the engine, so a hand-typed figure can be matched to
 * the directive that would compute it.
 */
final class DataValues {
    private final List<Entry> entries;

    /** Plural amounts written where a rate is meant, mapped to the rate's spelling. */
    private static final Map<String, String> RATE_SLIPS = rateSlips();

    /** @param names the record's id and aliases in lowercase, '_' as a space, to spot it mentioned in prose */
    private record Entry(String reference, Quantity value, List<String> names, List<String> pathWords) {
    }

    private DataValues(List<Entry> entries) {
        this.entries = entries;
    }

    static DataValues of(Calculator calculator) {
        Session session = calculator.newSession();
        List<Entry> entries = new ArrayList<>();
        for (DataRecord record : calculator.data().records()) {
            String name = shortestName(record);
            List<String> names = Stream.concat(Stream.of(record.id()), record.aliases().stream())
                    .map(n -> n.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList();
            for (String path : record.data().keySet()) {
                String reference = name + "." + path;
                try {
                    entries.add(new Entry(reference, session.evaluate(reference, Origin.inline(reference)), names,
                            List.of(path.toLowerCase(java.util.Locale.ROOT).split("\\."))));
                } catch (CalcException e) {
                    // A figure the engine cannot evaluate is reported by the data loader, not here.
                }
            }
        }
        return new DataValues(List.copyOf(entries));
    }

    private static Map<String, String> rateSlips() {
        Map<String, String> slips = new HashMap<>();
        for (String prefix : List.of("", "k", "M", "G", "T", "P", "E")) {
            slips.put(prefix + "FLOPs", prefix + "FLOP/s");
            slips.put(prefix + "OPs", prefix + "OP/s");
        }
        return Map.copyOf(slips);
    }

    /** Authors write the alias they know ("h200"), which is usually shorter than the id ("h200_sxm"). */
    private static String shortestName(DataRecord record) {
        return Stream.concat(Stream.of(record.id()), record.aliases().stream())
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    /**
     * Directives that print {@code mantissa × 10^exponent unitWord}: figures of the same dimension that,
     * expressed in that unit and rounded to the written decimals, equal what was written.
     *
     * @param unit    the engine's value of one {@code unitWord}
     * @param context the surrounding prose, lowercase: records it mentions ("the H200 has…") come first
     */
    List<String> matching(BigDecimal mantissa, int exponent, Quantity unit, String unitWord, String context) {
        List<String> out = matching(mantissa, exponent, unit, unitWord, unitWord, context);
        if (out.isEmpty() && RATE_SLIPS.containsKey(unitWord)) {
            // "989 TFLOPs" usually means a rate; in the engine TFLOPs is an amount of work. Offer the rate.
            String rate = RATE_SLIPS.get(unitWord);
            Quantity perSecond = Quantity.of(unit.value(), unit.dimension().divide(Dimension.TIME));
            out = matching(mantissa, exponent, perSecond, unitWord, rate, context);
        }
        return out;
    }

    private List<String> matching(BigDecimal mantissa, int exponent, Quantity unit, String unitWord, String target,
            String context) {
        record Ranked(String directive, int mention) {
        }
        List<Ranked> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.value().dimension().equals(unit.dimension())) {
                continue;
            }
            double inUnit = e.value().value() / unit.value() / Math.pow(10, exponent);
            if (HandTypedFigures.sameAsWritten(inUnit, mantissa)) {
                // The longest record name found in the prose ranks first ("H100 PCIe" beats "H100", which beats
                // none), then the figure whose path words appear ("dense BF16" picks bf16.dense).
                int mention = 100 * e.names().stream().filter(context::contains).mapToInt(String::length).max().orElse(0)
                        + (int) e.pathWords().stream().filter(context::contains).count();
                out.add(new Ranked(directive(e.reference(), mantissa, exponent, target), mention));
            }
        }
        return out.stream().sorted(Comparator.comparingInt(Ranked::mention).reversed()).map(Ranked::directive).toList();
    }

    private static String directive(String reference, BigDecimal mantissa, int exponent, String unitWord) {
        List<String> options = new ArrayList<>();
        int sig = mantissa.precision();
        if (sig != 3) {
            options.add("sig " + sig);
        }
        if (exponent != 0) {
            options.add("sci");
        }
        return "= " + reference + " -> " + unitWord + (options.isEmpty() ? "" : " | " + String.join(", ", options));
    }
}
