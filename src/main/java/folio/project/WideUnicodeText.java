package folio.project;

/**
 * Recognises a file saved as UTF-16 (Windows editors' "Unicode"), or as UTF-32, so that the error
 * says so and how to save it as UTF-8, instead of "not valid UTF-8" or "control character U+0000"
 * at a line that looks fine in the editor.
 */
public final class WideUnicodeText {
    private WideUnicodeText() {}

    /**
     * "UTF-16 (little-endian, with a byte-order mark)" and the like, or null when the bytes do not
     * look like UTF-16. Without a byte-order mark, UTF-16 text is known by its zero bytes: every
     * ASCII character (markup, spaces, line ends) has one, always on the same side of its pair,
     * which UTF-8 text with a stray NUL does not have.
     */
    public static String describe(byte[] bytes) {
        String utf32 = utf32(bytes);
        if (utf32 != null) {
            return utf32;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return "UTF-16 (little-endian, with a byte-order mark)";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return "UTF-16 (big-endian, with a byte-order mark)";
        }
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int pairs = bytes.length / 2;
        int zeroSecond = 0;
        int zeroFirst = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            if (bytes[i] != 0 && bytes[i + 1] == 0) {
                zeroSecond++;
            } else if (bytes[i] == 0 && bytes[i + 1] != 0) {
                zeroFirst++;
            }
        }
        // A fifth of the characters ASCII is far less than any page or data file has, even in
        // Ukrainian; two at least, so that one stray NUL in a tiny UTF-8 file stays a NUL.
        if (zeroSecond >= 2 && zeroSecond * 5 >= pairs && zeroFirst * 10 <= zeroSecond) {
            return "UTF-16 (little-endian)";
        }
        if (zeroFirst >= 2 && zeroFirst * 5 >= pairs && zeroSecond * 10 <= zeroFirst) {
            return "UTF-16 (big-endian)";
        }
        return null;
    }

    /**
     * "UTF-32 (little-endian, with a byte-order mark)" and the like, or null: its byte-order mark
     * begins as UTF-16's does ({@code FF FE} then {@code 00 00}), and without one its characters
     * have two zero bytes each (those of the first 65,536 characters, every letter folio's sites use),
     * which UTF-16's half-zero pairs would otherwise be taken for.
     */
    private static String utf32(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 4 != 0) {
            return null;
        }
        int[] b = {bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF, bytes[3] & 0xFF};
        if (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32 (little-endian, with a byte-order mark)";
        }
        if (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
            return "UTF-32 (big-endian, with a byte-order mark)";
        }
        int little = 0;
        int big = 0;
        for (int i = 0; i + 3 < bytes.length; i += 4) {
            little += bytes[i + 2] == 0 && bytes[i + 3] == 0 && (bytes[i] != 0 || bytes[i + 1] != 0) ? 1 : 0;
            big += bytes[i] == 0 && bytes[i + 1] == 0 && (bytes[i + 2] != 0 || bytes[i + 3] != 0) ? 1 : 0;
        }
        int characters = bytes.length / 4;
        return little >= 2 && little * 10 >= characters * 9 ? "UTF-32 (little-endian)"
                : big >= 2 && big * 10 >= characters * 9 ? "UTF-32 (big-endian)" : null;
    }

    /** The message for a file {@link #describe} recognised as {@code encoding}, saying how to save it as UTF-8. */
    public static String message(String encoding, String shown) {
        // The project-relative path, as the other read failures' commands give it: pasted from the project's folder.
        String name = SourceLoader.shell(shown);
        String from = encoding.substring(0, 6) + (encoding.contains("byte-order mark") ? ""
                : encoding.contains("little") ? "LE" : "BE");
        return "file is saved as " + encoding + ", not UTF-8: save it again as UTF-8 (the editor's Save As or "
                + "encoding menu: 'UTF-8', not 'Unicode' or '" + encoding.substring(0, 6) + "'), or run iconv -f " + from
                + " -t UTF-8 " + name
                + " > " + name + ".new && mv " + name + ".new " + name;
    }
}
