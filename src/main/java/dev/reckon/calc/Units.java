package dev.reckon.calc;

import dev.reckon.data.Prefixes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed unit vocabulary. Names are case-sensitive because case carries meaning ({@code B} byte vs
 * {@code bit}, {@code M} mega vs {@code m} milli); the ambiguous lowercase {@code b} is deliberately absent.
 */
final class Units {
    private static final String[] BIG_SI = {"k", "M", "G", "T", "P", "E"};
    private static final String[] SMALL_SI = {"m", "µ", "u", "n"};
    private static final String[] BINARY = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private static final Map<String, Unit> UNITS = build();

    private Units() {
    }

    static Optional<Unit> find(String name) {
        // Greek mu and the micro sign look identical; authors cannot be expected to tell them apart.
        return Optional.ofNullable(UNITS.get(name.replace('μ', 'µ')));
    }

    static Set<String> names() {
        return UNITS.keySet();
    }

    static Unit require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no unit " + name));
    }

    private static final Pattern ATOM = Pattern.compile("[^·/()^*\\d\\s-]+");

    /** Whether {@code unit} is {@code %}, the display base of a value written in per cent. */
    static boolean isPercent(Unit unit) {
        return unit != null && unit.symbol().equals("%");
    }

    /**
     * The time unit written in {@code unit} ({@code h} in {@code USD/(GPU·h)}, {@code s} in {@code TFLOP/s}),
     * or null when it names none: the time base a rate computed from it is shown in. {@code %} is its own
     * base: a value written in per cent is shown in per cent.
     */
    static Unit displayBase(Unit unit) {
        if (isPercent(unit)) {
            return unit;
        }
        if (unit == null || unit.dimension().exponent(BaseDimension.TIME) == 0) {
            return null;
        }
        Matcher m = ATOM.matcher(unit.symbol());
        while (m.find()) {
            Unit atom = UNITS.get(m.group());
            if (atom != null && atom.dimension().equals(Dimension.TIME)) {
                return atom;
            }
        }
        return null;
    }

    private static Map<String, Unit> build() {
        Map<String, Unit> m = new LinkedHashMap<>();
        Dimension info = Dimension.INFORMATION;
        plain(m, info, 1, "B", "byte", "bytes");
        plain(m, info, 0.125, "bit", "bits");
        prefixed(m, info, 1, "B", BIG_SI, BINARY);
        prefixed(m, info, 0.125, "bit", BIG_SI, BINARY);

        Dimension flop = Dimension.FLOP;
        plain(m, flop, 1, "FLOP", "FLOPs", "flop");
        prefixed(m, flop, 1, "FLOP", BIG_SI);
        prefixed(m, flop, 1, "FLOPs", BIG_SI);
        plain(m, flop.divide(Dimension.TIME), 1, "FLOPS");
        prefixed(m, flop.divide(Dimension.TIME), 1, "FLOPS", BIG_SI);

        Dimension op = Dimension.OP;
        plain(m, op, 1, "OP", "OPs");
        prefixed(m, op, 1, "OP", BIG_SI);
        prefixed(m, op, 1, "OPs", BIG_SI);
        plain(m, op.divide(Dimension.TIME), 1, "OPS");
        prefixed(m, op.divide(Dimension.TIME), 1, "OPS", BIG_SI);

        Dimension time = Dimension.TIME;
        plain(m, time, 1, "s", "sec", "secs", "second", "seconds");
        prefixed(m, time, 1, "s", SMALL_SI);
        plain(m, time, 60, "min", "mins", "minute", "minutes");
        plain(m, time, 3600, "h", "hr", "hrs", "hour", "hours");
        plain(m, time, 86400, "day", "days");
        plain(m, time, 7 * 86400, "week", "weeks");
        plain(m, time, 365.25 * 86400, "year", "years", "yr", "yrs");

        plain(m, Dimension.POWER, 1, "W");
        prefixed(m, Dimension.POWER, 1, "W", BIG_SI, SMALL_SI);
        plain(m, Dimension.ENERGY, 1, "J");
        prefixed(m, Dimension.ENERGY, 1, "J", BIG_SI, SMALL_SI);
        plain(m, Dimension.ENERGY, 3600, "Wh");
        prefixed(m, Dimension.ENERGY, 3600, "Wh", BIG_SI);

        plain(m, Dimension.MONEY, 1, "USD", "$");
        plain(m, Dimension.PARAM, 1, "param", "params", "parameter", "parameters");
        plain(m, Dimension.TOKEN, 1, "token", "tokens");
        plain(m, Dimension.DEVICE, 1, "GPU", "GPUs", "chip", "chips");
        plain(m, Dimension.NONE, 0.01, "%");
        return Collections.unmodifiableMap(m);
    }

    private static void plain(Map<String, Unit> m, Dimension d, double factor, String... names) {
        for (String n : names) {
            m.put(n, new Unit(n, factor, d));
        }
    }

    private static void prefixed(Map<String, Unit> m, Dimension d, double factor, String base, String[]... prefixSets) {
        for (String[] prefixes : prefixSets) {
            for (String p : prefixes) {
                String name = p + base;
                m.put(name, new Unit(name, factor * Prefixes.factor(p), d));
            }
        }
    }
}
