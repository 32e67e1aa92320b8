package folio.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a template's text a syntax error sits, when Pebble's message gives no line or a line
 * that is not the mistake's (a tag never closed, a delimiter never closed), and the words of a line
 * to quote after the message.
 */
final class TemplateLines {
    private TemplateLines() {}

    /** The line of the last {@code {% tag %}} that no {@code {% endtag %}} closes; 0 if none. */
    static int unclosedTag(String text, String tag) {
        Matcher tags = Pattern.compile("\\{%-?\\s*(end)?" + Pattern.quote(tag) + "\\b").matcher(text);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        while (tags.find()) {
            if (tags.group(1) == null) {
                open.push(tags.start());
            } else if (!open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? 0 : lineOf(text, open.peek());
    }

    /** Longest part of a template line quoted in a syntax error. */
    private static final int QUOTED = 80;
    private static final Pattern NAMED = Pattern.compile("\"([^\"]+)\"|\\[([^\\]]+)\\]");

    /**
     * The text of line {@code line}, to quote after a syntax error: Pebble gives a line and no
     * column (its tokens hold only a line number), so the line's own words are what lets the
     * editor find the mistake in a long line. A line longer than {@link #QUOTED} characters is cut
     * around the first thing Pebble's message names in quotes or brackets (the tag "endblok"),
     * else at its start. Empty when there is no such line.
     */
    static String quoted(String text, int line, String message) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length || lines[line - 1].isBlank()) {
            return "";
        }
        String shown = lines[line - 1].strip();
        if (shown.length() > QUOTED) {
            int at = 0;
            Matcher named = NAMED.matcher(message);
            while (named.find()) {
                String token = named.group(1) != null ? named.group(1) : named.group(2);
                int found = shown.indexOf(token);
                if (found >= 0) {
                    at = found;
                    break;
                }
            }
            int start = Math.max(0, Math.min(at - QUOTED / 4, shown.length() - QUOTED));
            shown = (start > 0 ? "..." : "") + shown.substring(start, start + QUOTED)
                    + (start + QUOTED < shown.length() ? "..." : "");
        }
        return "; the line reads: " + shown;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static int lineContaining(String text, String... needles) {
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0) {
                return lineOf(text, at);
            }
        }
        return 0;
    }

    /** The line of the first {@code {{} or {@code {%} not closed before the next opening delimiter; 0 if none. */
    static int unclosedDelimiter(String text) {
        int from = 0;
        while (true) {
            int open = nextOpening(text, from);
            if (open < 0) {
                return 0;
            }
            String close = text.charAt(open + 1) == '{' ? "}}" : "%}";
            int end = text.indexOf(close, open + 2);
            int next = nextOpening(text, open + 2);
            if (end < 0 || (next >= 0 && next < end)) {
                return lineOf(text, open);
            }
            from = end + 2;
        }
    }

    private static int nextOpening(String text, int from) {
        int print = text.indexOf("{{", from);
        int tag = text.indexOf("{%", from);
        return print < 0 ? tag : tag < 0 ? print : Math.min(print, tag);
    }

    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
