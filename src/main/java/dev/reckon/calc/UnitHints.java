package dev.reckon.calc;

import dev.reckon.diag.DidYouMean;

/** The hint for an unknown unit: the usual slips (b for B, K for k) first, then the closest unit name. */
final class UnitHints {
    private UnitHints() {
    }

    static String forUnknown(String text) {
        if (text.equals("b") || (text.endsWith("b") && text.length() <= 3 && Units.find(text.substring(0, text.length() - 1) + "B").isPresent())) {
            String prefix = text.substring(0, text.length() - 1);
            return "lowercase 'b' is ambiguous: write " + prefix + "bit for bits or " + prefix + "B for bytes";
        }
        if (text.startsWith("K") && Units.find("k" + text.substring(1)).isPresent()) {
            return "did you mean 'k" + text.substring(1) + "' (10³) or 'Ki" + text.substring(1) + "' (2¹⁰)?";
        }
        return DidYouMean.hint(text, Units.names(), "units include B, GiB, bit, FLOP, TFLOP/s, OP/s, s, h, years, W, kWh, USD, param, token");
    }
}
