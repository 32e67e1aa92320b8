package folio.output;

import java.util.Map;
import java.util.Set;

/**
 * The last steps of {@link SearchFold} on the characters of a text in one pass: every run of a-z
 * made canonical (other spellings, -sk and -y endings) and every run of white space as one space.
 * A word is copied out only when it may change. Also the scan that tells {@link SearchFold} which
 * earlier steps have anything to do.
 */
final class FoldWords {
    private FoldWords() {}

    /** {@link #scan} flags: a character from U+00C0 up, an apostrophe form, a digit, a Cyrillic letter. */
    static final int HIGH = 1;
    static final int APOSTROPHE = 2;
    static final int DIGIT = 4;
    static final int CYRILLIC = 8;

    /** The endings after -sk that make a word end in -sky: ([a-z]{2,}sk)(oho|ogo|omu|ym|im|yi|yy|iy|ii|i). */
    private static final Set<String> SK_ENDINGS = Set.of("oho", "ogo", "omu", "ym", "im", "yi", "yy", "iy", "ii", "i");
    private static final int SPELLING_MIN = lengths(true);
    private static final int SPELLING_MAX = lengths(false);
    /** The first and the last letters of the other spellings, bit (c - 'a'). */
    private static final int SPELLING_STARTS = ends(0);
    private static final int SPELLING_ENDS = ends(1);

    private static int lengths(boolean min) {
        int best = min ? Integer.MAX_VALUE : 0;
        for (String k : SearchFold.SPELLINGS.keySet()) {
            best = min ? Math.min(best, k.length()) : Math.max(best, k.length());
        }
        return best;
    }

    private static int ends(int last) {
        int bits = 0;
        for (String k : SearchFold.SPELLINGS.keySet()) {
            bits |= 1 << (k.charAt(last * (k.length() - 1)) - 'a');
        }
        return bits;
    }

    /** Which of the {@link #HIGH}, {@link #APOSTROPHE}, {@link #DIGIT} and {@link #CYRILLIC} kinds the text has. */
    static int scan(String t) {
        int has = 0;
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                has |= DIGIT;
            } else if (c == '\'' || c == '`') {
                has |= APOSTROPHE;
            } else if (c >= '\u00c0') {
                has |= HIGH;
                if (c == '\u2019' || c == '\u02bc' || c == '\u2018') {
                    has |= APOSTROPHE;
                } else if (c >= '\u0430' && c < '\u0492') {
                    has |= CYRILLIC;
                }
            }
        }
        return has;
    }

    /** The text with each run of a-z made canonical and each run of white space (JavaScript's {@code \s}) as one space. */
    static String wordsAndSpaces(String t) {
        char[] a = t.toCharArray();
        int n = a.length;
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = a[i];
            int start = i;
            String replacement;
            if (c >= 'a' && c <= 'z') {
                do {
                    i++;
                } while (i < n && a[i] >= 'a' && a[i] <= 'z');
                replacement = canonical(a, start, i);
            } else if (isSpace(c)) {
                do {
                    i++;
                } while (i < n && isSpace(a[i]));
                replacement = c == ' ' && i == start + 1 ? null : " ";
            } else {
                i++;
                continue;
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(a, copied, start - copied).append(replacement);
                copied = i;
            }
        }
        return out == null ? t : out.append(a, copied, n - copied).toString();
    }

    /** The canonical form of the word a[from, to), or null when it is its own. */
    private static String canonical(char[] a, int from, int to) {
        int n = to - from;
        if (n >= SPELLING_MIN && n <= SPELLING_MAX && (SPELLING_ENDS & 1 << (a[to - 1] - 'a')) != 0
                && (SPELLING_STARTS & 1 << (a[from] - 'a')) != 0) {
            String known = SearchFold.SPELLINGS.get(new String(a, from, n));
            if (known != null) {
                return known;
            }
        }
        // The longest stem first, as the pattern's greedy [a-z]{2,} would find it.
        for (int end = n - 1; end >= Math.max(4, n - 3); end--) {
            if (a[from + end - 2] == 's' && a[from + end - 1] == 'k'
                    && SK_ENDINGS.contains(new String(a, from + end, n - end))) {
                return new String(a, from, end) + "y";
            }
        }
        char y1 = a[to - 1];
        char y2 = n >= 2 ? a[to - 2] : 'a';
        // yy, yi, iy, ii after at least three letters: ([a-z]{3,})(yy|yi|iy|ii)
        return n >= 5 && (y1 == 'y' || y1 == 'i') && (y2 == 'y' || y2 == 'i') ? new String(a, from, n - 2) + "y" : null;
    }

    /** The same white space as JavaScript's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a'
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }
}
