package folio.content;

/**
 * One reading of a YAML scalar's source ({@link YamlScalarScan}, {@link YamlBlockScalarScan}): where it
 * has got to in the YAML text, and the value's chars it has given so far, each checked against the value
 * Jackson read and kept with the index in the YAML text it was read from.
 */
abstract class ScalarReading {
    final String yaml;
    final String value;
    private final int[] sources;
    /** How many of {@link #value}'s chars the reading has given. */
    int count;
    /** Whether the reading gave a char the value does not have there (or more than it has). */
    boolean differs;
    /** Where reading has got to in {@link #yaml}. */
    int p;

    ScalarReading(String yaml, String value) {
        this.yaml = yaml;
        this.value = value;
        this.sources = new int[value.length() + 1];
    }

    /** The characters from {@code from} to {@code to} as they are; reading goes on after them. */
    void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            emit(yaml.substring(i, i + 1), i);
        }
        p = to;
    }

    void emit(String chars, int source) {
        for (int i = 0; i < chars.length(); i++) {
            if (count >= value.length() || value.charAt(count) != chars.charAt(i)) {
                differs = true;
                return;
            }
            sources[count++] = source;
        }
    }

    /** What {@link YamlScalarScan#sources} returns for this reading: null unless it gave the whole value. */
    int[] finish() {
        if (differs || count != value.length()) {
            return null;
        }
        sources[count] = count == 0 ? p : sources[count - 1] + 1;
        return sources;
    }

    char ch() {
        return charAt(yaml, p);
    }

    static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }
}
