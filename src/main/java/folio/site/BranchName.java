package folio.site;

/**
 * The rule for {@code edit_branch:} in site.yaml, which goes into every "edit this page" and
 * "view source" address ({@code repository/edit/BRANCH/path}): a name git accepts for a branch
 * ({@code git check-ref-format --branch}), without the characters a web address would read as
 * something else ({@code #} ends the path, {@code %} starts an escape).
 */
final class BranchName {
    static final String RULE = "a git branch name like main or release/2026: letters, digits, '-', '_' and '.', "
            + "in parts separated by '/', with no spaces and none of ~ ^ : ? * [ \\ # % (the full rule: git check-ref-format)";

    /** The longest name taken: far past any real branch, short enough for every page's links. */
    static final int MAX_LENGTH = 1000;

    private BranchName() {}

    /** What makes {@code name} no branch name, in words ("it has a space"), or null when it is one. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_LENGTH) {
            // It is written into every edit and source link of the site: 200,000 characters ran the build out of memory.
            return String.format(java.util.Locale.ROOT, "it is %,d characters long, longer than any branch name (folio takes "
                    + "at most %,d, and git at most 255 bytes between two '/')", name.length(), MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            String character = characterProblem(c);
            if (character != null) {
                return character;
            }
            i += Character.charCount(c);
        }
        if (name.startsWith("-")) {
            return "it starts with '-' (git would read it as an option)";
        }
        if (name.startsWith("/") || name.endsWith("/")) {
            return "it " + (name.startsWith("/") ? "starts" : "ends") + " with '/'";
        }
        if (name.endsWith(".")) {
            return "it ends with '.'";
        }
        if (name.equals("@")) {
            return "it is '@', which git reads as HEAD";
        }
        for (String sequence : new String[] {"..", "//", "@{"}) {
            if (name.contains(sequence)) {
                return "it has '" + sequence + "' in it";
            }
        }
        for (String part : name.split("/")) {
            if (part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
                return "its part '" + part.substring(0, 20) + "...' is longer than 255 bytes, which git cannot keep as a branch";
            }
            if (part.startsWith(".")) {
                return "its part '" + part + "' starts with '.'";
            }
            if (part.endsWith(".lock")) {
                return "its part '" + part + "' ends with '.lock'";
            }
        }
        return null;
    }

    private static String characterProblem(int c) {
        if (c == ' ') {
            return "it has a space";
        }
        if (c < 0x20 || c == 0x7F) {
            return "it has the control character U+" + String.format("%04X", c);
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "it has a space character (U+" + String.format("%04X", c) + ")";
        }
        if ("~^:?*[\\#%".indexOf(c) >= 0) {
            return "it has the character '" + (char) c + "'";
        }
        return null;
    }
}
