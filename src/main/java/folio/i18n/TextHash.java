package folio.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The freshness hash a translation's {@code translates:} records: the first 8 hex digits of the
 * SHA-256 of the English text's canonical form. That form is one line per text,
 * {@code key=text}, in {@link TextField} order ({@code aliases[]=} per list item,
 * {@code quote.text=}, {@code cells.<document>.text=}, {@code changes.<document>.text=}), then
 * for a page or provision {@code body=} and its Markdown. Each text has its lines' trailing
 * spaces and its leading and trailing blank lines removed, so re-wrapping YAML or trimming
 * spaces leaves the hash alone while any change of wording changes it.
 */
public final class TextHash {
    private TextHash() {}

    /** The hash of {@code texts} (see {@link Texts}) and {@code body} (null for a data entry). */
    static String of(Map<String, Object> texts, String body) {
        return hash(canonical(texts, body));
    }

    static String canonical(Map<String, Object> texts, String body) {
        StringBuilder out = new StringBuilder();
        texts.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(item -> line(out, key + "[]", item.toString()));
            } else if (value instanceof Map<?, ?> map && key.equals("rows")) {
                map.forEach((field, text) -> line(out, key + "." + field, text.toString()));
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((document, text) -> line(out, key + "." + document + ".text", text.toString()));
            } else if (key.equals("quote")) {
                line(out, "quote.text", value.toString());
            } else {
                line(out, key, value.toString());
            }
        });
        if (body != null) {
            line(out, "body", body);
        }
        return out.toString();
    }

    /** Whether {@code text} is a hash as {@link #hash} writes it: 8 lower-case hex digits. */
    static boolean isHash(String text) {
        return text.length() == 8 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** The first 8 hex digits of the SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void line(StringBuilder out, String key, String text) {
        out.append(key).append('=').append(normalised(text)).append('\n');
    }

    /** Lines without trailing spaces, without blank lines at either end. */
    static String normalised(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        String joined = out.toString();
        int start = 0;
        while (start < joined.length() && joined.charAt(start) == '\n') {
            start++;
        }
        return joined.substring(start).stripTrailing();
    }
}
