package folio.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt keys and ids: the closest candidate by edit distance, and the one
 * wording of the question that every message uses.
 */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The candidate closest to {@code word}, however far (ties: the first in sorted order). */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream().min(java.util.Comparator.comparingInt(
                (String c) -> distance(lower, c.toLowerCase(Locale.ROOT))).thenComparing(java.util.Comparator.naturalOrder()));
    }

    /** "did you mean 'x'? " for the closest candidate, else "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> question(s) + " ").orElse("");
    }

    /** "did you mean 'x'?" for a candidate already chosen. */
    public static String question(String candidate) {
        return "did you mean '" + candidate + "'?";
    }

    /** "did you mean 'x' (what)?": with what the candidate names ("ua-14", "Donetsk oblast"). */
    public static String question(String candidate, String what) {
        return "did you mean '" + candidate + "' (" + what + ")?";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
