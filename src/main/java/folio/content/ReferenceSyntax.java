package folio.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference language editors write in Markdown and YAML text:
 * {@code [[kind:id#anchor|label]]} links to something on the site and {@code [@id; @id]} cites
 * sources. Pure functions over plain text; the Markdown layer applies them to text nodes only,
 * so code spans stay literal.
 */
public final class ReferenceSyntax {
    private static final Pattern TOKEN = Pattern.compile("\\[\\[([^\\[\\]]*)\\]\\]|\\[@([^\\[\\]]*)\\]");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    /** One token found in a text: either a reference or a citation, or a malformed one with a problem. */
    public record Token(int start, int end, Reference reference, List<String> citedIds, String problem) {
        public boolean isCitation() {
            return citedIds != null;
        }
    }

    /** A parsed {@code [[kind:id#anchor|label]]}; anchor and label may be null. */
    public record Reference(ReferenceKind kind, String id, String anchor, String label) {}

    private ReferenceSyntax() {}

    public static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.indexOf('[') < 0) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                tokens.add(reference(matcher.start(), matcher.end(), matcher.group(1)));
            } else {
                tokens.add(citation(matcher.start(), matcher.end(), "@" + matcher.group(2)));
            }
        }
        return tokens;
    }

    /** True when text still holds an opening {@code [[} that no complete token consumed. */
    public static boolean hasUnclosedReference(String text, List<Token> tokens) {
        int from = 0;
        for (Token token : tokens) {
            if (text.substring(from, token.start()).contains("[[")) {
                return true;
            }
            from = token.end();
        }
        return text.substring(from).contains("[[");
    }

    private static Token reference(int start, int end, String inner) {
        String body = inner;
        String label = null;
        int bar = body.indexOf('|');
        if (bar >= 0) {
            label = body.substring(bar + 1).strip();
            body = body.substring(0, bar);
            if (label.isEmpty()) {
                return problem(start, end, "empty link text after '|' in [[" + inner + "]]: write text after | or drop the |");
            }
        }
        int colon = body.indexOf(':');
        if (colon < 0) {
            return problem(start, end, "reference [[" + inner + "]] has no kind: write [[kind:id]] with kind one of "
                    + String.join(", ", Keyword.ids(ReferenceKind.class)));
        }
        String written = body.substring(0, colon).strip();
        String target = body.substring(colon + 1).strip();
        ReferenceKind kind = Keyword.of(ReferenceKind.class, written).orElse(null);
        if (kind == null) {
            List<String> kinds = Keyword.ids(ReferenceKind.class);
            return problem(start, end, "unknown reference kind '" + written + "' in [[" + inner + "]]: "
                    + Suggestions.didYouMean(written, kinds) + "kinds are " + String.join(", ", kinds));
        }
        String anchor = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            anchor = target.substring(hash + 1);
            target = target.substring(0, hash);
            if (kind != ReferenceKind.PAGE) {
                return problem(start, end, "only page references take an #anchor: [[page:id#anchor]]");
            }
            if (anchor.isEmpty() || !ID.matcher(anchor).matches()) {
                return problem(start, end, "anchor '#" + anchor + "' in [[" + inner + "]] is not a valid anchor name");
            }
        }
        if (target.isEmpty() && !(kind == ReferenceKind.PAGE && anchor != null)) {
            return problem(start, end, "reference [[" + inner + "]] names no id: write [[" + kind + ":id]]");
        }
        if (!target.isEmpty() && !ID.matcher(target).matches()) {
            String lookalikes = IdSuggestion.of(target);
            return problem(start, end, "'" + target + "' is not a valid id in [[" + inner
                    + "]]: ids use letters, digits and hyphens" + (lookalikes.startsWith(":") ? lookalikes : ""));
        }
        return new Token(start, end, new Reference(kind, target, anchor, label), null, null);
    }

    private static Token citation(int start, int end, String inner) {
        List<String> ids = new ArrayList<>();
        for (String part : Arrays.asList(inner.split(";", -1))) {
            String item = part.strip();
            if (!item.startsWith("@")) {
                return problem(start, end, "citation [" + inner + "] is malformed: write [@id] or [@id1; @id2]");
            }
            String id = item.substring(1).strip();
            if (id.isEmpty() || !ID.matcher(id).matches()) {
                String tail = id.isEmpty() ? ": write the source's id after @" : id.contains(",")
                        ? ": separate two sources with ';', like [@a; @b]" : IdSuggestion.of(id);
                return problem(start, end, "'" + id + "' is not a valid source id in [" + inner + "]: source ids use "
                        + "lower-case letters, digits and hyphens" + (tail.startsWith(",") ? ": write it" + tail : tail));
            }
            ids.add(id);
        }
        return new Token(start, end, null, List.copyOf(ids), null);
    }

    private static Token problem(int start, int end, String message) {
        return new Token(start, end, null, null, message);
    }
}
