package dev.reckon.calc;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" hints by edit distance, because most unknown names are typos of a known one. */
final class Suggestions {
    private Suggestions() {
    }

    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(3, name.length() / 3));
        for (String c : candidates) {
            int d = c.equalsIgnoreCase(name) ? 0 : distance(name, c);
            // A prefix ("h200" for "h200_sxm") is a likely intent even when the edit distance is large.
            boolean prefix = name.length() >= 3 && (c.startsWith(name) || name.startsWith(c));
            int score = prefix ? Math.min(d, limit) : d;
            if (score <= limit && (score < bestScore || (score == bestScore && c.compareTo(best) < 0))) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    static String didYouMean(String name, Collection<String> candidates, String otherwise) {
        return closest(name, candidates).map(c -> "did you mean '" + c + "'?").orElse(otherwise);
    }

    static String forUnit(String text) {
        if (text.equals("b") || (text.endsWith("b") && text.length() <= 3 && Units.find(text.substring(0, text.length() - 1) + "B").isPresent())) {
            String prefix = text.substring(0, text.length() - 1);
            return "lowercase 'b' is ambiguous: write " + prefix + "bit for bits or " + prefix + "B for bytes";
        }
        if (text.startsWith("K") && Units.find("k" + text.substring(1)).isPresent()) {
            return "did you mean 'k" + text.substring(1) + "' (10³) or 'Ki" + text.substring(1) + "' (2¹⁰)?";
        }
        return didYouMean(text, Units.names(), "units include B, GiB, bit, FLOP, TFLOP/s, OP/s, s, h, years, W, kWh, USD, param, token");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
