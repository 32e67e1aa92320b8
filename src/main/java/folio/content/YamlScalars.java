package folio.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What a YAML scalar means. Text fields take a scalar exactly as written (so {@code yes},
 * {@code 2025-11-20} and {@code 007} stay text); only free-form values ({@code params:}) and
 * typed fields read numbers, booleans and nulls, with the rules Jackson applied before (YAML 1.1
 * patterns), so templates see the same values.
 */
final class YamlScalars {
    private YamlScalars() {}

    /** A plain (unquoted, untagged) scalar, the only kind whose meaning depends on its text. */
    static boolean isPlain(ScalarNode scalar) {
        return scalar.getTag() == YamlComposer.PLAIN;
    }

    /** An empty value, {@code ~} or {@code null}, written plain. */
    static boolean isNull(Node node) {
        if (!(node instanceof ScalarNode scalar) || !isPlain(scalar)) {
            return false;
        }
        String text = scalar.getValue();
        return text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL");
    }

    /**
     * The boolean a scalar means, else null. Written plain, YAML 1.1's words count (yes, no, on,
     * off), as Jackson read them; quoted, only true and false (any case).
     */
    static Boolean truth(ScalarNode scalar) {
        String text = scalar.getValue();
        if (isPlain(scalar) && Resolver.BOOL.matcher(text).matches()) {
            char first = Character.toLowerCase(text.charAt(0));
            return first == 't' || first == 'y' || text.equalsIgnoreCase("on");
        }
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    private static final int MAX_INTEGER_TEXT = 100;

    /**
     * A YAML 1.1 integer (decimal, 0x hexadecimal, 0 octal or 0b binary; underscores allowed) as the smallest of
     * Integer, Long and BigInteger that holds it, else null.
     */
    static Number integer(String text) {
        // Longer than any number a site needs; BigInteger's parse is quadratic, and a file of
        // megabytes of digits must not stall the build (the value then stays text).
        if (text.length() > MAX_INTEGER_TEXT || !Resolver.INT.matcher(text).matches() || text.indexOf(':') >= 0) {
            return null;
        }
        int at = 0;
        boolean negative = text.charAt(0) == '-';
        if (negative || text.charAt(0) == '+') {
            at = 1;
        }
        int radix = 10;
        if (text.startsWith("0x", at)) {
            radix = 16;
        } else if (text.startsWith("0b", at)) {
            radix = 2;
        } else if (text.length() > at + 1 && text.charAt(at) == '0') {
            radix = 8; // YAML 1.1: a leading zero means octal (Jackson read 012 as 10 too)
        }
        String digits = text.substring(at + (radix == 10 ? 0 : radix == 8 ? 1 : 2)).replace("_", "");
        BigInteger value = new BigInteger(digits.isEmpty() ? "0" : digits, radix);
        value = negative ? value.negate() : value;
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    /** The plain Java value of a free-form node: String, Integer, Long, Double, Boolean, List, Map or null. */
    static Object plainValue(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple entry : mapping.getValue()) {
                map.put(((ScalarNode) entry.getKeyNode()).getValue(), plainValue(entry.getValueNode()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>(sequence.getValue().size());
            sequence.getValue().forEach(item -> list.add(plainValue(item)));
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (scalar.getTag().equals(Tag.STR) || scalar.getTag().isSecondary() && !isPlain(scalar)) {
            return text;
        }
        if (isNull(scalar)) {
            return null;
        }
        Boolean truth = truth(scalar);
        if (truth != null) {
            return truth;
        }
        Number whole = integer(text);
        if (whole != null) {
            return whole;
        }
        return Resolver.FLOAT.matcher(text).matches() ? floating(text) : text;
    }

    private static Object floating(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals(".nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
