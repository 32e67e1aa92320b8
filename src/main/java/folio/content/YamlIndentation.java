package folio.content;

import static folio.content.YamlLines.spaces;

import folio.content.YamlMistakes.Explained;

/**
 * The indentation half of {@link YamlMistakes}: a key or list item indented more or less than
 * its neighbours, a list item among keys or a key among list items, and a list item indented
 * so far that YAML reads it as more of the text above (which the parser accepts silently).
 */
final class YamlIndentation {
    private final YamlLines lines;
    private final int firstLine;

    YamlIndentation(YamlLines lines, int firstLine) {
        this.lines = lines;
        this.firstLine = firstLine;
    }

    /** A key indented more than the one above it, which YAML read as more of that key's text. */
    Explained indentedMore(int line) {
        int indent = lines.indent(line);
        int sibling = lines.previousKeyLeftOf(line, indent);
        if (sibling < 0) {
            return null;
        }
        return misalignedKey(line, indent, sibling, "more");
    }

    /** A line indented less than the block it is in, more than the one around that. */
    Explained indentedLess(int line) {
        int indent = lines.indent(line);
        if (lines.isItem(line)) {
            int item = lines.previousItemNotAt(line, indent);
            if (item >= 0) {
                return at(line, indent + 1, "this list item is indented " + spaces(indent) + ", but the item on line "
                        + fileLine(item) + " has " + spaces(lines.indent(item)).replace("no spaces", "none")
                        + ". Items of one list line up: give its '-' " + spaces(lines.indent(item)) + ", like that one");
            }
            return null;
        }
        int sibling = lines.previousKeyRightOf(line, indent);
        if (sibling < 0) {
            return null;
        }
        return misalignedKey(line, indent, sibling, "less");
    }

    /** A key that does not line up with {@code sibling}, the key at its level. */
    private Explained misalignedKey(int line, int indent, int sibling, String moreOrLess) {
        String key = lines.key(line);
        String name = key == null ? "this line" : "'" + key + "'";
        return at(line, indent + 1, name + " is indented " + moreOrLess + " than '" + lines.key(sibling) + "' on line "
                + fileLine(sibling) + " (" + spaces(indent) + ", not " + lines.keyColumn(sibling) + "). Keys at the "
                + "same level line up: give " + name + " " + spaces(lines.keyColumn(sibling)) + ", like '"
                + lines.key(sibling) + "'");
    }

    /** A {@code -} line where the keys of a mapping go. */
    Explained itemAmongKeys(int line) {
        int indent = lines.indent(line);
        int above = lines.previous(line);
        String owner = above >= 0 && lines.keyHasValue(above) ? lines.key(above) : null;
        String belongs = owner == null ? "" : "if it belongs to '" + owner + "' on line " + fileLine(above)
                + ", end that line after '" + owner + ":' and put the items under it, each starting with '- '";
        int item = lines.previousItemNotAt(line, indent);
        String message = "a list item ('-') among the keys of a mapping: one level holds either '- ' items or "
                + "'key: value' lines, not both. ";
        if (item >= 0 && lines.indent(item) < indent) {
            return at(line, indent + 1, message + "If it starts a new entry, line its '-' up with the one on line "
                    + fileLine(item) + " (" + spaces(lines.indent(item)) + ")" + (belongs.isEmpty() ? "" : "; " + belongs));
        }
        if (!belongs.isEmpty()) {
            return at(line, indent + 1, message + Character.toUpperCase(belongs.charAt(0)) + belongs.substring(1)
                    + "; otherwise write it as 'key: value'");
        }
        return at(line, indent + 1, message + "Write it as 'key: value', or put the items under a key of their own");
    }

    /** A key line level with a list's {@code -} items, without a {@code -} of its own. */
    Explained keyAmongItems(int line) {
        int indent = lines.indent(line);
        int item = lines.previousItemAt(line, indent);
        String key = lines.key(line);
        if (item < 0 || key == null) {
            return null;
        }
        String text = lines.line(line).strip();
        int sibling = lines.previousKeyRightOf(line, indent);
        String join = sibling >= 0 && lines.previousItemAt(sibling + 1, indent) == item
                ? "; if it belongs to the entry above, indent it " + spaces(lines.keyColumn(sibling)) + ", like '"
                + lines.key(sibling) + "' on line " + fileLine(sibling)
                : "";
        int parent = lines.previousKeyLeftOf(item + 1, indent);
        String outdent = parent >= 0 && !lines.keyHasValue(parent)
                ? "; if it is a key beside '" + lines.key(parent) + "' (line " + fileLine(parent) + "), give it "
                + spaces(lines.keyColumn(parent)) + ", like '" + lines.key(parent) + "'"
                : "";
        return at(line, indent + 1, "'" + key + "' stands level with the list's items (the '-' on line "
                + fileLine(item) + ") but has no '-' of its own. If it starts a new entry, write '- " + text + "'"
                + join + outdent);
    }

    /**
     * A plain text that YAML continued onto a line starting with {@code - } (a list item indented
     * too far, or items under a key that already has a text): the parser accepts it silently, so
     * this is checked on every such text. {@code line} and {@code column} (0-based) are where
     * the text starts; null when no continuation line starts with {@code - }.
     */
    static YamlMistakes.Explained continuedItem(String yamlText, int firstLine, int line, int column, String text) {
        YamlLines lines = new YamlLines(yamlText);
        String first = lines.line(line).substring(Math.min(lines.indexOf(line, column), lines.line(line).length())).strip();
        if (first.isEmpty() || "\"'|>".indexOf(first.charAt(0)) >= 0 || !text.startsWith(first)) {
            return null; // quoted and block texts keep their lines as written
        }
        int read = first.length();
        for (int j = line + 1; j < lines.count(); j++) {
            String next = lines.line(j).strip();
            if (next.isEmpty() || !text.startsWith(" " + next, read)) {
                return null;
            }
            if (next.startsWith("- ")) {
                return new YamlIndentation(lines, firstLine).continued(line, j, text);
            }
            read += 1 + next.length();
        }
        return null;
    }

    private Explained continued(int start, int item, String text) {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        int indent = lines.indent(item);
        if (lines.isItem(start)) {
            return at(item, indent + 1, "this list item is indented more than the one on line " + fileLine(start) + " ("
                    + spaces(indent) + ", not " + lines.indent(start) + "), so YAML reads it as more of that item's text ('"
                    + shown + "'). Items of one list line up: give its '-' " + spaces(lines.indent(start)));
        }
        String key = lines.key(start);
        String owner = key == null ? "the text" : "'" + key + "'";
        return at(item, indent + 1, "this line starts with '- ', but YAML reads it as more of the text of " + owner
                + " on line " + fileLine(start) + " ('" + shown + "'). If it is a list item, end line " + fileLine(start)
                + " after " + (key == null ? "the key" : "'" + key + ":'") + " and put each item under it on its own "
                + "'- ' line; if it is part of the text, put the whole text in quotes");
    }

    private static Explained at(int line, int column, String message) {
        return new Explained(line, column, message);
    }

    private int fileLine(int line) {
        return firstLine + line;
    }
}
