package folio.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * How deep a template nests, checked before Pebble reads it. Pebble's parser and its evaluation
 * make a Java call inside the last for each tag inside a tag ({@code {% if %}} in
 * {@code {% for %}}), each bracket, operator and filter inside an expression: a few thousand
 * levels ({@code not not not ...}, {@code [[[...]]]}, {@code 1 + 1 + ...}) ran out of stack,
 * which was reported as folio's own crash or as a template calling itself. The real theme nests
 * tags 6 deep and holds at most about 20 operators and brackets in one expression, so the limits
 * are far above any template and far below the stack's.
 */
final class TemplateNesting {
    /** Body tags inside each other. */
    static final int MAX_TAGS = 100;
    /** Operators and brackets in one {@code {{ }}} or {@code {% %}}, strings' {@code #{...}} included. */
    static final int MAX_EXPRESSION = 200;

    private static final Set<String> BODY_TAGS = Set.of("autoescape", "block", "cache", "embed", "filter", "for", "if",
            "macro", "parallel", "with");
    private static final Set<String> WORD_OPERATORS = Set.of("and", "contains", "equals", "in", "is", "not", "or");
    private static final String OPERATORS = "+-*/%~|?!<>=";

    /** Where a template nests too deep and what to do. */
    record Problem(int index, String message) {}

    private TemplateNesting() {}

    /** The first place {@code text} (a template, line endings {@code \n}) nests past a limit, or null. */
    static Problem problem(String text) {
        int depth = 0;
        int i = 0;
        while (true) {
            int open = text.indexOf('{', i);
            if (open < 0 || open + 1 >= text.length()) {
                return null;
            }
            char kind = text.charAt(open + 1);
            if (kind == '#') {
                int end = text.indexOf("#}", open + 2);
                i = end < 0 ? text.length() : end + 2;
                continue;
            }
            if (kind != '{' && kind != '%') {
                i = open + 1;
                continue;
            }
            int[] over = {-1};
            int end = codeEnd(text, open + 2, kind == '{' ? "}}" : "%}", over);
            if (over[0] >= 0) {
                return new Problem(over[0], "more than " + MAX_EXPRESSION + " operators and brackets in one {{ }} or {% %}: "
                        + "Pebble reads and runs each inside the last, and this many would run out of stack; split the "
                        + "expression into shorter ones with {% set %}");
            }
            String name = kind == '%' ? tagName(text, open + 2) : "";
            if (BODY_TAGS.contains(name) && ++depth > MAX_TAGS) {
                return new Problem(open, "tags nested more than " + MAX_TAGS + " deep ({% if %}, {% for %}, {% block %}, "
                        + "{% macro %} and the like inside each other): Pebble reads and runs each inside the last, and "
                        + "this many would run out of stack; flatten them");
            }
            if (name.startsWith("end")) {
                depth = Math.max(0, depth - 1);
            }
            i = end;
            if (name.equals("verbatim")) {
                // Its body is text, however it looks.
                int close = text.indexOf("endverbatim", end);
                i = close < 0 ? text.length() : close;
            }
        }
    }

    /**
     * The index after {@code close} that ends the code starting at {@code from} (outside strings
     * and brackets), or the text's length; {@code over[0]} is set where its operators and
     * brackets pass {@link #MAX_EXPRESSION}.
     */
    private static int codeEnd(String text, int from, String close, int[] over) {
        int count = 0;
        int brackets = 0;
        // The bracket depth at each "#{" of a double-quoted string: its "}" goes back into the string.
        Deque<Integer> interpolations = new ArrayDeque<>();
        char quote = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '#' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    interpolations.push(brackets++);
                    quote = 0;
                    i++;
                    count++;
                }
                i++;
                continue;
            }
            if (brackets == 0 && text.startsWith(close, i)) {
                return i + close.length();
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                brackets++;
                count++;
            } else if (c == ')' || c == ']' || c == '}') {
                brackets = Math.max(0, brackets - 1);
                if (c == '}' && !interpolations.isEmpty() && interpolations.peek() == brackets) {
                    interpolations.pop();
                    quote = '"';
                }
            } else if (OPERATORS.indexOf(c) >= 0) {
                count++;
            } else if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int word = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                count += WORD_OPERATORS.contains(text.substring(word, i)) ? 1 : 0;
                if (count > MAX_EXPRESSION && over[0] < 0) {
                    over[0] = word;
                }
                continue;
            }
            if (count > MAX_EXPRESSION && over[0] < 0) {
                over[0] = i;
            }
            i++;
        }
        return text.length();
    }

    /** The tag's name: the word after {@code {%} (and a '-' that trims white space). */
    private static String tagName(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '-' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }
}
