package dev.reckon.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where ticks go, in the unit the axis prints. Tick values are decimal digits (BigDecimal), not the result
 * of repeated floating-point multiplication, so 0.3 is 0.3 and its label needs one significant digit.
 */
final class Ticks {
    private static final int[][] LOG_MANTISSAS = {{1}, {1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
    private static final int[] LINEAR_STEPS = {1, 2, 5};
    private static final int MAX_TICKS = 7;

    private Ticks() {
    }

    /**
     * Decades when the range spans at least two; otherwise 1-2-5 or every digit, whichever first gives three
     * ticks. Long ranges keep every second (third, ...) decade so labels never crowd.
     */
    static List<BigDecimal> log(double min, double max) {
        for (int[] mantissas : LOG_MANTISSAS) {
            List<BigDecimal> ticks = logTicks(min, max, mantissas);
            if (ticks.size() >= 3 || mantissas.length == 9) {
                if (mantissas.length > 1 || ticks.size() <= MAX_TICKS) {
                    return ticks;
                }
                int every = (ticks.size() + MAX_TICKS - 1) / MAX_TICKS;
                List<BigDecimal> thinned = new ArrayList<>();
                for (int i = 0; i < ticks.size(); i += every) {
                    thinned.add(ticks.get(i));
                }
                return thinned;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static List<BigDecimal> logTicks(double min, double max, int[] mantissas) {
        List<BigDecimal> ticks = new ArrayList<>();
        int lowest = (int) Math.floor(Math.log10(min));
        int highest = (int) Math.ceil(Math.log10(max));
        for (int e = lowest; e <= highest; e++) {
            for (int m : mantissas) {
                BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                if (within(v.doubleValue(), min, max)) {
                    ticks.add(v);
                }
            }
        }
        return ticks;
    }

    /** Multiples of the smallest 1, 2 or 5 × 10^k step that keeps the count at {@value #MAX_TICKS} or fewer. */
    static List<BigDecimal> linear(double min, double max) {
        BigDecimal step = linearStep(min, max);
        List<BigDecimal> ticks = new ArrayList<>();
        BigDecimal v = BigDecimal.valueOf(min).divide(step, 0, RoundingMode.CEILING).multiply(step);
        while (v.doubleValue() <= max * (1 + 1e-12) + 1e-300) {
            if (within(v.doubleValue(), min, max)) {
                ticks.add(v);
            }
            v = v.add(step);
        }
        return ticks;
    }

    private static BigDecimal linearStep(double min, double max) {
        double span = max - min;
        int exponent = (int) Math.floor(Math.log10(span / MAX_TICKS));
        while (true) {
            for (int s : LINEAR_STEPS) {
                BigDecimal step = BigDecimal.valueOf(s).scaleByPowerOfTen(exponent);
                if (span / step.doubleValue() <= MAX_TICKS - 1) {
                    return step;
                }
            }
            exponent++;
        }
    }

    /** The nearest 1-2-5 values outside {@code [min, max]}, so a curve left to its data has room and round ends. */
    static double[] logBounds(double min, double max) {
        double lo = logNice(min, false);
        double hi = logNice(max, true);
        // A constant on a round value (y = 1) would give an empty range: show a decade either side.
        return lo < hi ? new double[] {lo, hi} : new double[] {lo / 10, hi * 10};
    }

    private static double logNice(double v, boolean up) {
        int e = (int) Math.floor(Math.log10(v));
        double best = up ? Double.MAX_VALUE : 0;
        for (int k = e - 1; k <= e + 1; k++) {
            for (int m : LOG_MANTISSAS[1]) {
                double c = BigDecimal.valueOf(m).scaleByPowerOfTen(k).doubleValue();
                if (up ? c >= v && c < best : c <= v && c > best) {
                    best = c;
                }
            }
        }
        return best;
    }

    static double[] linearBounds(double min, double max) {
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) / 2;
            min -= pad;
            max += pad;
        }
        double step = linearStep(min, max).doubleValue();
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step};
    }

    private static boolean within(double v, double min, double max) {
        double slack = (max - min) * 1e-9;
        return v >= min - slack && v <= max + slack;
    }
}
