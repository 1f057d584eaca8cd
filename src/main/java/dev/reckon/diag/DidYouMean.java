package dev.reckon.diag;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" hints, one rule for every unknown name (a unit, a data record, a figure, a key
 * of a data file, a function): most unknown names are typos of a known one. Close means few edits
 * for the word's length (1 up to five characters, 2 up to eight, 3 beyond), with a swap of two
 * neighbouring letters counted as one edit; a known name that the word starts or ends a prefix of
 * ("h200" for "h200_sxm") counts as close too. Ties go to the alphabetically first candidate, so
 * the hint never depends on the order a caller collected the candidates in.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate, if any is close enough. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        for (String c : candidates) {
            int d = c.equalsIgnoreCase(word) ? 0 : distance(word, c);
            boolean prefix = word.length() >= 3 && (c.startsWith(word) || word.startsWith(c));
            int score = prefix ? Math.min(d, limit) : d;
            if (score <= limit && (score < bestScore || (score == bestScore && c.compareTo(best) < 0))) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "did you mean 'x'?", or {@code otherwise} (may be null) when no candidate is close. */
    public static String hint(String word, Collection<String> candidates, String otherwise) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(otherwise);
    }

    /** Edits between two words: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
