package folio.content;

/**
 * The common YAML mistakes told in an editor's words with the fix: a tab, a wrong
 * indentation, a list item among keys (or a key among list items), a colon with no space
 * after it or inside a text, a quote left open or followed by more text. Each guess reads
 * the parser's complaint and the lines around it; the parser's own words follow in brackets.
 * Returns null for the rare rest, which keeps the parser's words alone.
 */
final class YamlMistakes {
    /** A message for a place in the YAML text: {@code line} 0-based, {@code column} 1-based. */
    record Explained(int line, int column, String message) {}

    private final YamlLines lines;
    /** The file line of the text's first line, for "on line N" in messages. */
    private final int firstLine;

    private final YamlIndentation indentation;

    private YamlMistakes(YamlLines lines, int firstLine) {
        this.lines = lines;
        this.firstLine = firstLine;
        this.indentation = new YamlIndentation(lines, firstLine);
    }

    /**
     * Explains {@code problem}, found at {@code line}:{@code column} (both 0-based) while
     * {@code context} (opened at {@code contextLine}, or -1); null when no guess fits.
     */
    static Explained explain(String yamlText, int firstLine, String problem, int line, int column,
                             String context, int contextLine) {
        YamlLines lines = new YamlLines(yamlText);
        YamlMistakes m = new YamlMistakes(lines, firstLine);
        String words = parserWords(problem);
        // The guesses read the line as a Java string: the parser's column (characters) becomes an
        // index into it, and the index found becomes a column again.
        Explained plain = m.guess(problem, line, lines.indexOf(line, column), context == null ? "" : context, contextLine);
        return plain == null ? null : new Explained(plain.line(), lines.columnOf(plain.line(), plain.column() - 1) + 1,
                plain.message() + " (YAML parser: " + words + ")");
    }

    private Explained guess(String problem, int line, int column, String context, int contextLine) {
        if (problem.contains("TAB")) {
            return tab(line, column);
        }
        if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
            return at(line, column + 1, "a text cannot start with " + problem.substring(16, problem.indexOf('\'', 17) + 1)
                    + " in YAML (the character is reserved). Put the whole text in double quotes");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return colonInValue(line, column);
        }
        if (problem.startsWith("could not find expected ':'") && contextLine >= 0) {
            return noColon(contextLine);
        }
        if (problem.startsWith("expected <block end>, but found ")) {
            String found = problem.substring("expected <block end>, but found ".length());
            return switch (found) {
                case "'<block mapping start>'", "'<block sequence start>'" -> indentation.indentedLess(line);
                case "'-'" -> indentation.itemAmongKeys(line);
                case "'?'" -> indentation.keyAmongItems(line);
                case "'<scalar>'" -> afterQuote(line, column);
                default -> null;
            };
        }
        return null;
    }

    private Explained tab(int line, int column) {
        if (column <= lines.indent(line)) {
            return at(line, column + 1, "a tab indents this line. YAML indents with spaces only: replace the tab "
                    + "with spaces, as many as the lines it belongs with use");
        }
        return at(line, column + 1, "a tab in this line. YAML does not accept a tab here: replace it with a space");
    }

    /** The longest key the YAML parser reads (SnakeYAML's simple key, 1,024 characters from its start to its ':'). */
    private static final int MAX_KEY = 1024;

    /** "mapping values are not allowed here": a second ': ' on a line, or a line read as more of the text above. */
    private Explained colonInValue(int line, int column) {
        String key = lines.key(line);
        if (key != null && key.length() > MAX_KEY) {
            // The parser gives up on a key it has read this far, so it was taken for indentation or a second colon.
            String length = String.format(java.util.Locale.ROOT, "%,d", key.length());
            return at(line, lines.keyColumn(line) + 1, "this key is " + length
                    + " characters long: YAML reads a key of at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_KEY)
                    + " characters, and takes a longer one for text, so its ':' is a mistake. Shorten the key (a long text "
                    + "belongs in a value)");
        }
        if (key != null && column > lines.keyColumn(line) + key.length()) {
            return at(line, column + 1, "the text of '" + key + "' contains ': ', which YAML reads as the start of "
                    + "another key. Put the whole text in double quotes" + quoted(line, key));
        }
        int above = lines.previous(line);
        if (above >= 0 && lines.gluedColon(above) >= 0) {
            return glued(above);
        }
        return indentation.indentedMore(line);
    }

    /** "could not find expected ':'": a line that was to be a key has no colon followed by a space. */
    private Explained noColon(int keyLine) {
        if (lines.gluedColon(keyLine) >= 0) {
            return glued(keyLine);
        }
        return at(keyLine, lines.keyColumn(keyLine) + 1, "this line is not 'key: value' (no ': ' in it), and YAML "
                + "cannot read it as more of the text above. Add the key, or put a text that runs over several lines "
                + "in quotes");
    }

    private Explained glued(int line) {
        return at(line, lines.gluedColon(line) + 1, gluedKey(lines.line(line).substring(lines.keyColumn(line))));
    }

    /**
     * For a text found where keys belong: the message when it starts with a key glued to its
     * value ({@code title:Foo}), else null.
     */
    static String gluedKey(String text) {
        String first = text.strip().split("\\s", 2)[0];
        int colon = YamlLines.gluedColonIn(first);
        if (colon < 0) {
            return null;
        }
        return "no space after the colon in '" + first + "', so YAML reads it as text, not as a key and its value. "
                + "Put a space after the colon: '" + first.substring(0, colon) + ": " + first.substring(colon + 1) + "'";
    }

    /** More text after a closing quote: an apostrophe in single quotes, a quote left open, or a partly quoted value. */
    private Explained afterQuote(int line, int column) {
        String text = lines.line(line);
        int close = column - 1;
        while (close >= 0 && text.charAt(close) == ' ') {
            close--;
        }
        if (close < 0 || (text.charAt(close) != '"' && text.charAt(close) != '\'')) {
            return null;
        }
        char quote = text.charAt(close);
        int[] open = opening(line, close, quote);
        if (open != null && open[0] < line) {
            return at(open[0], open[1] + 1, "the quote opened here is not closed on its line, so YAML reads on to the "
                    + "next " + quote + ", on line " + fileLine(line) + ". Close the quote at the end of this value");
        }
        if (quote == '\'' && close > 0 && Character.isLetter(text.charAt(close - 1))
                && column < text.length() && Character.isLetter(text.charAt(column))) {
            String word = word(text, close);
            return at(line, close + 1, "the apostrophe in '" + word + "' ends the text in single quotes. Inside single "
                    + "quotes write an apostrophe twice ('" + word.replace("'", "''") + "'), or put the text in double "
                    + "quotes");
        }
        return at(line, column + 1, "more text after the closing quote. Put the quotes around the whole value, "
                + "or leave them out");
    }

    /** Line and column of the quote that {@code close} (on {@code line}) closes, or null. */
    private int[] opening(int line, int close, char quote) {
        int column = close - 1;
        for (int l = line; l >= 0; l--) {
            String text = lines.line(l);
            for (int c = l == line ? column : text.length() - 1; c >= 0; c--) {
                if (text.charAt(c) != quote) {
                    continue;
                }
                if (quote == '\'' && c > 0 && text.charAt(c - 1) == '\'') {
                    c--; // '' is an apostrophe inside single quotes
                } else if (quote == '"' && c > 0 && text.charAt(c - 1) == '\\') {
                    continue;
                } else {
                    return new int[] {l, c};
                }
            }
        }
        return null;
    }

    /** The word around the apostrophe at {@code at}. */
    private static String word(String text, int at) {
        int start = at;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** {@code : title: "Kyiv: talks"} when the value is short enough to show, else nothing. */
    private String quoted(int line, String key) {
        String text = lines.line(line);
        String value = text.substring(text.indexOf(':', lines.keyColumn(line)) + 1).strip();
        if (value.length() > 40 || value.contains("\"") || value.contains("#")) {
            return "";
        }
        return ": " + key + ": \"" + value + "\"";
    }

    private static Explained at(int line, int column, String message) {
        return new Explained(line, column, message);
    }

    private int fileLine(int line) {
        return firstLine + line;
    }

    /** The parser's complaint without its advice in brackets ("(Do not use \t(TAB) ...)"). */
    private static String parserWords(String problem) {
        String text = problem.strip();
        int advice = text.indexOf(". (");
        return advice > 0 ? text.substring(0, advice) : text;
    }
}
