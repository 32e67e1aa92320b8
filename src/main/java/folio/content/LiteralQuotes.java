package folio.content;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * A quote an editor wants shown straight: {@code \"} or {@code \'} in Markdown, as CommonMark
 * escapes any punctuation. The render stage makes every other quote typographic (folio.render.Typographer),
 * so the tree keeps these as two private-use characters that stand for them until the page is written:
 * a backslash escape leaves no other trace in a CommonMark tree. Anything that reads a text's
 * words shows them as the quotes they are ({@link #shown}).
 */
public final class LiteralQuotes {
    /** Stands for a {@code "} written {@code \"}. */
    public static final char DOUBLE = '\uE022';
    /** Stands for a {@code '} written {@code \'}. */
    public static final char SINGLE = '\uE027';

    private LiteralQuotes() {}

    /** The quote a character stands for; any other character as it is. */
    public static char shown(char c) {
        return c == DOUBLE ? '"' : c == SINGLE ? '\'' : c;
    }

    /** The text with the quotes its characters stand for. */
    public static String shown(String text) {
        if (text.indexOf(DOUBLE) < 0 && text.indexOf(SINGLE) < 0) {
            return text;
        }
        return text.replace(DOUBLE, '"').replace(SINGLE, '\'');
    }

    /** How HTML writes the quote a character stands for: a hexadecimal reference, which the typographer leaves as it is. */
    public static String entity(char c) {
        return c == DOUBLE ? "&#x22;" : "&#x27;";
    }

    /** For the parser: a backslash before a quote; any other backslash is CommonMark's own. */
    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return Factory::escape;
        }

        private static ParsedInline escape(InlineParserState state) {
            Scanner scanner = state.scanner();
            scanner.next();
            char quote = scanner.peek();
            if (quote != '"' && quote != '\'') {
                return ParsedInline.none();
            }
            scanner.next();
            Position after = scanner.position();
            return ParsedInline.of(new Text(String.valueOf(quote == '"' ? DOUBLE : SINGLE)), after);
        }
    }
}
